# verdict: wrong_answer
# mistake: an undirected DFS with a visited set that does not skip the node it came from, so every edge looks like a cycle
class Solution:
    def validTree(self, n, edges):
        adj = [[] for _ in range(n)]
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        visited = set()

        def dfs(u):
            if u in visited:
                return False
            visited.add(u)
            return all(dfs(v) for v in adj[u])

        return dfs(0) and len(visited) == n
