# verdict: wrong_answer
# mistake: ignores in-order and inserts the pre-order values into a binary search tree
class Solution:
    def buildTree(self, preorder, inorder):
        root = TreeNode(preorder[0])
        for v in preorder[1:]:
            node = root
            while True:
                if v < node.val:
                    if node.left is None:
                        node.left = TreeNode(v)
                        break
                    node = node.left
                else:
                    if node.right is None:
                        node.right = TreeNode(v)
                        break
                    node = node.right
        return root
