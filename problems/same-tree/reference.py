class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # Walk both trees in lockstep with an explicit stack of matching
        # positions. Each pair must be both missing, or both present with
        # equal values; the first pair that is not ends the walk.
        pairs = [(p, q)]
        while pairs:
            a, b = pairs.pop()
            if a is None and b is None:
                continue
            if a is None or b is None or a.val != b.val:
                return False
            pairs.append((a.right, b.right))
            pairs.append((a.left, b.left))
        return True
