class Solution:
    def buildTree(self, preorder: List[int], inorder: List[int]) -> Optional[TreeNode]:
        # Where each value sits in the in-order list: one look-up splits a range
        # into "left of the root" and "right of the root" in O(1).
        position = {value: i for i, value in enumerate(inorder)}
        next_root = 0  # preorder[next_root] is the root of the next subtree to build

        def build(lo: int, hi: int) -> Optional[TreeNode]:
            # Builds the subtree whose in-order values are inorder[lo:hi]. Pre-order
            # lists a root, then all of its left subtree, then all of its right one,
            # so building left before right consumes preorder in exactly that order.
            nonlocal next_root
            if lo == hi:
                return None
            value = preorder[next_root]
            next_root += 1
            mid = position[value]
            node = TreeNode(value)
            node.left = build(lo, mid)
            node.right = build(mid + 1, hi)
            return node

        return build(0, len(inorder))
