# verdict: wrong_answer
# mistake: counts the distinct entries of parent at the end, though some still point at a node that is no longer a root
class Solution:
    def countComponents(self, n, edges):
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
        return len(set(parent))
