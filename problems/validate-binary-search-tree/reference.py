class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # A tree is a BST exactly when its in-order walk is strictly increasing.
        # Walk it iteratively (trees may be 10^4 deep) and compare each value
        # with the one before it; `prev is None` marks "nothing seen yet", so no
        # sentinel can collide with a real value at either end of the 32-bit range.
        stack, node, prev = [], root, None
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if prev is not None and node.val <= prev:
                return False
            prev = node.val
            node = node.right
        return True
