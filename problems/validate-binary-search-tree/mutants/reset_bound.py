# verdict: wrong_answer
# mistake: passes a fresh infinite bound to each child instead of keeping the one inherited from above
class Solution:
    def isValidBST(self, root):
        def valid(node, lo, hi):
            if node is None:
                return True
            if not lo < node.val < hi:
                return False
            return valid(node.left, float("-inf"), node.val) and valid(node.right, node.val, float("inf"))

        return valid(root, float("-inf"), float("inf"))
