# verdict: accepted
# optimal: false
# mistake: union-find with neither path compression nor union by size: as the tree grows edge by edge, the root keeps moving down and every find walks a longer chain
class Solution:
    def validTree(self, n, edges):
        parent = list(range(n))
        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x
        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                return False
            parent[ra] = rb
        return len(edges) == n - 1
