class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Every node is pushed exactly once; when it is popped its own two
        # child pointers are exchanged, and the children wait on the stack to
        # have theirs exchanged. An explicit stack keeps deep chains safe.
        pending = [root]
        while pending:
            node = pending.pop()
            if node is None:
                continue
            node.left, node.right = node.right, node.left
            pending.append(node.left)
            pending.append(node.right)
        return root
