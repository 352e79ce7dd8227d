# verdict: wrong_answer
# mistake: takes the shallower subtree (minimum depth) instead of the deeper one
class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        return 1 + min(self.maxDepth(root.left), self.maxDepth(root.right))
