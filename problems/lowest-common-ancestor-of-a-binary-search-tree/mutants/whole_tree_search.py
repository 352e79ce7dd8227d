# verdict: accepted
# optimal: false
# mistake: ignores the ordering and searches both subtrees as for any binary tree: correct, but it visits every node (O(n)) where the BST walk follows one path (O(h))
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        if root is None or root is p or root is q:
            return root
        left = self.lowestCommonAncestor(root.left, p, q)
        right = self.lowestCommonAncestor(root.right, p, q)
        if left and right:
            return root
        return left or right
