# verdict: runtime_error
# mistake: the pre-order counter is a module-level global that is never reset, so every call after the first reads past the end
pre_index = 0


class Solution:
    def buildTree(self, preorder, inorder):
        where = {v: i for i, v in enumerate(inorder)}

        def build(lo, hi):
            global pre_index
            if lo > hi:
                return None
            value = preorder[pre_index]
            pre_index += 1
            node = TreeNode(value)
            node.left = build(lo, where[value] - 1)
            node.right = build(where[value] + 1, hi)
            return node

        return build(0, len(inorder) - 1)
