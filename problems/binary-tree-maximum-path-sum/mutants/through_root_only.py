# verdict: wrong_answer
# mistake: only considers paths that pass through the root
class Solution:
    def maxPathSum(self, root):
        def down(node):
            if node is None:
                return 0
            return node.val + max(0, down(node.left), down(node.right))

        return root.val + max(0, down(root.left)) + max(0, down(root.right))
