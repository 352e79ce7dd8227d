# verdict: wrong_answer
# mistake: the comparison succeeds as soon as subRoot runs out, so a node of root with extra descendants counts as a match
class Solution:
    def isSubtree(self, root, subRoot):
        def covers(a, b):
            if b is None:
                return True
            if a is None or a.val != b.val:
                return False
            return covers(a.left, b.left) and covers(a.right, b.right)

        if root is None:
            return False
        return covers(root, subRoot) or self.isSubtree(root.left, subRoot) or self.isSubtree(root.right, subRoot)
