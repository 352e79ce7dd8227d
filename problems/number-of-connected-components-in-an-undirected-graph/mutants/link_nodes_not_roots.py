# verdict: wrong_answer
# mistake: links the nodes themselves (parent[b] = a) instead of their roots, overwriting an earlier link of b
class Solution:
    def countComponents(self, n, edges):
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for a, b in edges:
            parent[b] = a
        return len({find(v) for v in range(n)})
