# verdict: wrong_answer
# mistake: rejects an input with no edges outright, which is wrong for a single node
class Solution:
    def validTree(self, n, edges):
        if not edges or len(edges) != n - 1:
            return False
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                return False
            parent[ra] = rb
        return True
