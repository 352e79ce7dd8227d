class Solution:
    def invertTree(self, root: Optional[TreeNode]) -> Optional[TreeNode]:
        # Build a brand-new tree: the copy's left is the mirror of the original's right.
        def mirror(node):
            if node is None:
                return None
            return TreeNode(node.val, mirror(node.right), mirror(node.left))

        return mirror(root)
