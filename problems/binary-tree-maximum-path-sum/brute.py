class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # Every path has one highest node. For each node, take it as the
        # highest and add the best downward chain on each side (if positive),
        # recomputing those chains from scratch each time: O(n·h).
        def down(node):
            if node is None:
                return 0
            return node.val + max(0, down(node.left), down(node.right))

        best = root.val
        stack = [root]
        while stack:
            node = stack.pop()
            best = max(best, node.val + max(0, down(node.left)) + max(0, down(node.right)))
            for child in (node.left, node.right):
                if child is not None:
                    stack.append(child)
        return best
