# verdict: wrong_answer
# mistake: swaps the root's two children but never recurses, so deeper levels keep their order
class Solution:
    def invertTree(self, root):
        if root is not None:
            root.left, root.right = root.right, root.left
        return root
