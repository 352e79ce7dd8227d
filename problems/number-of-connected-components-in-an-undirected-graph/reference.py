class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Union-find over the nodes 0 .. n-1. Every node starts as its own
        # group, so there are n groups; an edge between two different groups
        # merges them into one, and an edge inside a group changes nothing.
        parent = list(range(n))
        size = [1] * n

        def find(x: int) -> int:
            # Walk to the root, pointing every other node at its grandparent on
            # the way (path halving), so later walks over this path are shorter.
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        groups = n
        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                continue  # already connected: this edge closes a cycle
            # Hang the smaller tree under the larger, so no tree gets deeper
            # than log2(n) even before path halving.
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
            groups -= 1
        return groups
