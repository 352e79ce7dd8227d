class Solution:
    def isSameTree(self, p: Optional[TreeNode], q: Optional[TreeNode]) -> bool:
        # Write each tree out in pre-order with a marker for every missing
        # child: two trees are equal exactly when these listings are equal.
        def listing(root):
            out, stack = [], [root]
            while stack:
                node = stack.pop()
                if node is None:
                    out.append("#")
                    continue
                out.append(node.val)
                stack.append(node.right)
                stack.append(node.left)
            return out

        return listing(p) == listing(q)
