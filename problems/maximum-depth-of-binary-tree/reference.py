class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        # Depth-first with an explicit stack of (node, depth of that node), so a
        # path-shaped tree thousands of levels deep needs no recursion. Every
        # node is pushed once, with its depth counted in nodes from the root.
        deepest = 0
        stack = [(root, 1)] if root is not None else []
        while stack:
            node, depth = stack.pop()
            deepest = max(deepest, depth)
            if node.left is not None:
                stack.append((node.left, depth + 1))
            if node.right is not None:
                stack.append((node.right, depth + 1))
        return deepest
