class Solution:
    def maxPathSum(self, root: Optional[TreeNode]) -> int:
        # gain[x] is the best sum of a path that starts at x and goes straight
        # down (possibly no further than x itself). Nodes are handled children
        # before parents: a pre-order listing, read backwards.
        order, stack = [], [root]
        while stack:
            node = stack.pop()
            order.append(node)
            if node.left is not None:
                stack.append(node.left)
            if node.right is not None:
                stack.append(node.right)

        gain = {None: 0}
        best = root.val
        for node in reversed(order):
            # A branch that sums below zero is better left out.
            left = max(gain[node.left], 0)
            right = max(gain[node.right], 0)
            # The best path whose highest node is this one may bend here...
            best = max(best, node.val + left + right)
            # ...but a path handed up to the parent can use only one side.
            gain[node] = node.val + max(left, right)
        return best
