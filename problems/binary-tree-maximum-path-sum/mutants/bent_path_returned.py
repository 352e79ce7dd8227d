# verdict: wrong_answer
# mistake: hands the parent the path that bends at this node (both sides), so a forked route is counted as a path
class Solution:
    def maxPathSum(self, root):
        best = float("-inf")

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left = max(gain(node.left), 0)
            right = max(gain(node.right), 0)
            best = max(best, node.val + left + right)
            return node.val + left + right

        gain(root)
        return best
