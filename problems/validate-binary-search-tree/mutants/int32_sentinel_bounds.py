# verdict: wrong_answer
# mistake: starts the bounds at -2**31 and 2**31 - 1 with strict comparisons, so a node holding either end of the range is rejected
class Solution:
    def isValidBST(self, root):
        def valid(node, lo, hi):
            if node is None:
                return True
            if not lo < node.val < hi:
                return False
            return valid(node.left, lo, node.val) and valid(node.right, node.val, hi)

        return valid(root, -(2**31), 2**31 - 1)
