# verdict: wrong_answer
# mistake: starts the best sum at 0, so a tree of only negative values answers 0
class Solution:
    def maxPathSum(self, root):
        best = 0

        def gain(node):
            nonlocal best
            if node is None:
                return 0
            left = max(gain(node.left), 0)
            right = max(gain(node.right), 0)
            best = max(best, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return best
