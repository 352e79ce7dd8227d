class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # For depth 0, 1, 2, ... walk the whole tree left to right and keep the
        # values found at exactly that depth; stop at the first empty depth.
        # Plainly right, but one full walk per level: O(n·h).
        levels = []
        depth = 0
        while True:
            found = []
            stack = [(root, 0)]
            while stack:
                node, d = stack.pop()
                if node is None:
                    continue
                if d == depth:
                    found.append(node.val)
                    continue
                stack.append((node.right, d + 1))
                stack.append((node.left, d + 1))
            if not found:
                return levels
            levels.append(found)
            depth += 1
