# verdict: wrong_answer
# mistake: stores each edge in one direction only, so a search from node 0 misses nodes listed on the far side of an edge
class Solution:
    def validTree(self, n, edges):
        if len(edges) != n - 1:
            return False
        adj = [[] for _ in range(n)]
        for a, b in edges:
            adj[a].append(b)
        seen = {0}
        stack = [0]
        while stack:
            u = stack.pop()
            for v in adj[u]:
                if v not in seen:
                    seen.add(v)
                    stack.append(v)
        return len(seen) == n
