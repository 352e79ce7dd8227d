# verdict: runtime_error
# mistake: the base case is "a leaf" instead of "no node", so an empty tree or a lone child dereferences None
class Solution:
    def invertTree(self, root):
        if root.left is None and root.right is None:
            return root
        root.left, root.right = self.invertTree(root.right), self.invertTree(root.left)
        return root
