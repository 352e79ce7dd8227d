# verdict: time_limit_exceeded
# mistake: calls maxDepth on a child once to compare and again to return, so every level doubles the work
class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        if self.maxDepth(root.left) > self.maxDepth(root.right):
            return 1 + self.maxDepth(root.left)
        return 1 + self.maxDepth(root.right)
