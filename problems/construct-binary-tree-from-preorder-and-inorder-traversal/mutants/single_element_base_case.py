# verdict: runtime_error
# mistake: the only base case is a single element, so an empty side reaches preorder[0]
class Solution:
    def buildTree(self, preorder, inorder):
        if len(preorder) == 1:
            return TreeNode(preorder[0])
        root = TreeNode(preorder[0])
        mid = inorder.index(preorder[0])
        root.left = self.buildTree(preorder[1 : mid + 1], inorder[:mid])
        root.right = self.buildTree(preorder[mid + 1 :], inorder[mid + 1 :])
        return root
