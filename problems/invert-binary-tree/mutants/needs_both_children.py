# verdict: wrong_answer
# mistake: swaps only when a node has both children, so a lone child stays on its side
class Solution:
    def invertTree(self, root):
        if root is None:
            return None
        if root.left is not None and root.right is not None:
            root.left, root.right = root.right, root.left
        self.invertTree(root.left)
        self.invertTree(root.right)
        return root
