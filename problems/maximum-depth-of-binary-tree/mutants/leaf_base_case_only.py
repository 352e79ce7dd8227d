# verdict: runtime_error
# mistake: the only base case is "a leaf", so an empty tree or a missing child is dereferenced as None
class Solution:
    def maxDepth(self, root):
        if root.left is None and root.right is None:
            return 1
        return 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))
