# verdict: wrong_answer
# mistake: passes the pre-order position down as a parameter, so the right subtree starts right after the root instead of after the whole left subtree
class Solution:
    def buildTree(self, preorder, inorder):
        where = {v: i for i, v in enumerate(inorder)}

        def build(p, lo, hi):
            if lo >= hi or p >= len(preorder):
                return None
            node = TreeNode(preorder[p])
            mid = where[preorder[p]]
            node.left = build(p + 1, lo, mid)
            node.right = build(p + 1, mid + 1, hi)
            return node

        return build(0, 0, len(inorder))
