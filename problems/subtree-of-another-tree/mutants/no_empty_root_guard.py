# verdict: runtime_error
# mistake: recurses into root's children without first checking that root exists
class Solution:
    def isSubtree(self, root, subRoot):
        def same(a, b):
            if a is None or b is None:
                return a is b
            return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

        return same(root, subRoot) or self.isSubtree(root.left, subRoot) or self.isSubtree(root.right, subRoot)
