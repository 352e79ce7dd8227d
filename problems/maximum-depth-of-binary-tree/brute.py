class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Record every node's parent, then count the depth of each node by
        # walking up to the root: plainly right, but O(n·h) steps.
        if root is None:
            return 0
        parent = {root: None}
        order = [root]
        for node in order:  # grows while it is read: a breadth-first listing
            for child in (node.left, node.right):
                if child is not None:
                    parent[child] = node
                    order.append(child)
        best = 0
        for node in order:
            depth = 0
            while node is not None:
                depth += 1
                node = parent[node]
            best = max(best, depth)
        return best
