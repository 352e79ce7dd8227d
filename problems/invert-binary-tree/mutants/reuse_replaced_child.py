# verdict: wrong_answer
# mistake: assigns root.left first, then inverts root.left again for root.right (both end up as one subtree)
class Solution:
    def invertTree(self, root):
        if root is None:
            return None
        root.left = self.invertTree(root.right)
        root.right = self.invertTree(root.left)
        return root
