# verdict: wrong_answer
# mistake: on equal values, looks for subRoot's children anywhere below root's children (isSubtree instead of an exact comparison)
class Solution:
    def isSubtree(self, root, subRoot):
        if subRoot is None:
            return True
        if root is None:
            return False
        if root.val == subRoot.val and self.isSubtree(root.left, subRoot.left) and self.isSubtree(root.right, subRoot.right):
            return True
        return self.isSubtree(root.left, subRoot) or self.isSubtree(root.right, subRoot)
