# verdict: wrong_answer
# mistake: slices pre-order one short for the left subtree (preorder[1:mid]), so a node moves to the right side
class Solution:
    def buildTree(self, preorder, inorder):
        if not preorder or not inorder:
            return None
        root = TreeNode(preorder[0])
        mid = inorder.index(preorder[0])
        root.left = self.buildTree(preorder[1:mid], inorder[:mid])
        root.right = self.buildTree(preorder[mid:], inorder[mid + 1 :])
        return root
