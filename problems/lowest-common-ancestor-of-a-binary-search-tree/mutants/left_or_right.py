# verdict: wrong_answer
# mistake: general-tree recursion that forgets the case where p and q were found on different sides, so it returns whichever side it searched first
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        if root is None or root is p or root is q:
            return root
        left = self.lowestCommonAncestor(root.left, p, q)
        right = self.lowestCommonAncestor(root.right, p, q)
        return left or right
