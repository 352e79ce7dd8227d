# verdict: wrong_answer
# mistake: compares subRoot with the root and its two children only, never searching deeper
class Solution:
    def isSubtree(self, root, subRoot):
        def same(a, b):
            if a is None or b is None:
                return a is b
            return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

        return same(root, subRoot) or same(root.left, subRoot) or same(root.right, subRoot)
