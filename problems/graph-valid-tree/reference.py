class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # A tree on n nodes has exactly n - 1 edges. With that many edges, the
        # graph is a tree exactly when no edge closes a cycle (then the n - 1
        # merges leave one group, so it is connected too).
        if len(edges) != n - 1:
            return False
        parent = list(range(n))
        size = [1] * n

        def find(x):
            # Walk to the root, halving the path as we go.
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                return False  # a and b were already connected: this edge closes a cycle
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra  # hang the smaller group under the larger
            size[ra] += size[rb]
        return True
