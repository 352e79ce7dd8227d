class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        # The definition, checked literally: every value in a node's left subtree
        # is smaller and every value in its right subtree is larger. Each node
        # rescans its subtrees: O(n·h) time.
        def values(node):
            out, stack = [], [node]
            while stack:
                cur = stack.pop()
                if cur is not None:
                    out.append(cur.val)
                    stack.append(cur.left)
                    stack.append(cur.right)
            return out

        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            if any(v >= node.val for v in values(node.left)):
                return False
            if any(v <= node.val for v in values(node.right)):
                return False
            stack.append(node.left)
            stack.append(node.right)
        return True
