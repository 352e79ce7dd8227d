# verdict: wrong_answer
# mistake: compares each node only with its two children, so a grandchild on the wrong side of an ancestor passes
class Solution:
    def isValidBST(self, root):
        if root is None:
            return True
        if root.left is not None and root.left.val >= root.val:
            return False
        if root.right is not None and root.right.val <= root.val:
            return False
        return self.isValidBST(root.left) and self.isValidBST(root.right)
