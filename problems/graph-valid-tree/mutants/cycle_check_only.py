# verdict: wrong_answer
# mistake: union-find finds cycles but never checks that everything ended up in one group, so a forest passes
class Solution:
    def validTree(self, n, edges):
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
