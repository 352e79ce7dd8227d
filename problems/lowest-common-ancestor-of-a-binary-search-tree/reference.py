class Solution:
    def lowestCommonAncestor(self, root: 'TreeNode', p: 'TreeNode', q: 'TreeNode') -> 'TreeNode':
        # Every node on the way from the root to the answer has p and q in the
        # same subtree, and BST order says which one: both values smaller than
        # the node means both lie to its left, both larger means to its right.
        # The first node where that fails is where p and q part (or it is p or
        # q itself), so it is the lowest node above both. One path: O(h) time,
        # O(1) extra space, and no recursion however deep the tree is.
        node = root
        while True:
            if p.val < node.val and q.val < node.val:
                node = node.left
            elif p.val > node.val and q.val > node.val:
                node = node.right
            else:
                return node
