# verdict: wrong_answer
# mistake: compares with <= against the bounds, so a value equal to an ancestor's passes
class Solution:
    def isValidBST(self, root):
        def valid(node, lo, hi):
            if node is None:
                return True
            if not lo <= node.val <= hi:
                return False
            return valid(node.left, lo, node.val) and valid(node.right, node.val, hi)

        return valid(root, float("-inf"), float("inf"))
