class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if node is None:
            return None
        # copy_of maps every original met so far to its one and only copy.
        # A node gets its copy the moment it is first met, before it is queued,
        # so an edge back to it (a cycle) finds the copy instead of making another.
        copy_of = {node: Node(node.val)}
        queue = deque([node])
        while queue:
            original = queue.popleft()
            copy = copy_of[original]
            for neighbor in original.neighbors:
                twin = copy_of.get(neighbor)
                if twin is None:
                    twin = Node(neighbor.val)
                    copy_of[neighbor] = twin
                    queue.append(neighbor)
                copy.neighbors.append(twin)
        return copy_of[node]
