# verdict: accepted
# optimal: false
# mistake: before adding each edge, searches the edges added so far to see whether its ends are already connected: a search per edge, quadratic
class Solution:
    def validTree(self, n, edges):
        if len(edges) != n - 1:
            return False
        adj = [[] for _ in range(n)]
        for a, b in edges:
            seen = {a}
            stack = [a]
            while stack:
                u = stack.pop()
                if u == b:
                    return False
                for v in adj[u]:
                    if v not in seen:
                        seen.add(v)
                        stack.append(v)
            adj[a].append(b)
            adj[b].append(a)
        return True
