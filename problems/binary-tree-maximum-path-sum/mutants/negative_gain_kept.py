# verdict: wrong_answer
# mistake: adds a child's gain even when it is negative instead of leaving that branch out
class Solution:
    def maxPathSum(self, root):
        best = float("-inf")

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left = gain(node.left)
            right = gain(node.right)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
