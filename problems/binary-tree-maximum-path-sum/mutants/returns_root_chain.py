# verdict: wrong_answer
# mistake: returns the best downward chain from the root instead of the best path found anywhere
class Solution:
    def maxPathSum(self, root):
        def gain(node):
            if node is None:
                return 0
            return node.val + max(0, gain(node.left), gain(node.right))

        return gain(root)
