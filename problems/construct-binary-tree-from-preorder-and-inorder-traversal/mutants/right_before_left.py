# verdict: runtime_error
# mistake: builds the right subtree before the left while consuming pre-order from the front
class Solution:
    def buildTree(self, preorder, inorder):
        where = {v: i for i, v in enumerate(inorder)}
        self.i = 0

        def build(lo, hi):
            if lo > hi:
                return None
            value = preorder[self.i]
            self.i += 1
            node = TreeNode(value)
            node.right = build(where[value] + 1, hi)
            node.left = build(lo, where[value] - 1)
            return node

        return build(0, len(inorder) - 1)
