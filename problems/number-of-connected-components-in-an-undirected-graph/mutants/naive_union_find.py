# verdict: accepted
# optimal: false
# mistake: union-find with neither path compression nor union by size: a path listed in order becomes a chain that every find walks
class Solution:
    def countComponents(self, n, edges):
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        count = n
        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
                count -= 1
        return count
