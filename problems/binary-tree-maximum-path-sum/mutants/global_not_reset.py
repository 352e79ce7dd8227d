# verdict: wrong_answer
# mistake: keeps the best sum in a module-level variable that is never reset, so one test's answer leaks into the next
BEST = float("-inf")


class Solution:
    def maxPathSum(self, root):
        def gain(node):
            global BEST
            if node is None:
                return 0
            left = max(gain(node.left), 0)
            right = max(gain(node.right), 0)
            BEST = max(BEST, node.val + left + right)
            return node.val + max(left, right)

        gain(root)
        return BEST
