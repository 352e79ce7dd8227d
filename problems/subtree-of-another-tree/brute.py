class Solution:
    def isSubtree(self, root: Optional[TreeNode], subRoot: Optional[TreeNode]) -> bool:
        # Try every node of root as the top of a match and compare the two
        # trees in lockstep from there: O(n·m) in the worst case.
        def same(a, b):
            pairs = [(a, b)]
            while pairs:
                x, y = pairs.pop()
                if x is None and y is None:
                    continue
                if x is None or y is None or x.val != y.val:
                    return False
                pairs.append((x.left, y.left))
                pairs.append((x.right, y.right))
            return True

        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if same(node, subRoot):
                return True
            stack.append(node.left)
            stack.append(node.right)
        return False
