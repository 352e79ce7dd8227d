class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # Straight from the definition: a tree is connected and has no cycle,
        # and an edge lies on a cycle exactly when its two ends stay connected
        # without it. One search for connectivity, then one search per edge.
        adjacency = [[] for _ in range(n)]
        for i, (a, b) in enumerate(edges):
            adjacency[a].append((b, i))
            adjacency[b].append((a, i))

        def reachable(start, skip):
            seen = {start}
            stack = [start]
            while stack:
                u = stack.pop()
                for v, i in adjacency[u]:
                    if i != skip and v not in seen:
                        seen.add(v)
                        stack.append(v)
            return seen

        if len(reachable(0, -1)) != n:
            return False
        return all(b not in reachable(a, i) for i, (a, b) in enumerate(edges))
