class Solution:
    def kthSmallest(self, root: Optional[TreeNode], k: int) -> int:
        # Ignore the order the tree gives for free: collect every value, sort.
        values, stack = [], [root]
        while stack:
            node = stack.pop()
            if node is not None:
                values.append(node.val)
                stack.append(node.left)
                stack.append(node.right)
        return sorted(values)[k - 1]
