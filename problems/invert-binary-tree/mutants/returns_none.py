# verdict: wrong_answer
# mistake: mirrors the tree in place but forgets to return the root
class Solution:
    def invertTree(self, root):
        def walk(node):
            if node is None:
                return
            node.left, node.right = node.right, node.left
            walk(node.left)
            walk(node.right)

        walk(root)
