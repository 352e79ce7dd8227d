# verdict: wrong_answer
# mistake: counts edges instead of nodes, so a lone root gets depth 0
class Solution:
    def maxDepth(self, root):
        def height(node):
            if node is None:
                return -1
            return 1 + max(height(node.left), height(node.right))

        return max(height(root), 0)
