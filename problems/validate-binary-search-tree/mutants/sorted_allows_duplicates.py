# verdict: wrong_answer
# mistake: checks the in-order list against sorted(), which accepts equal values
class Solution:
    def isValidBST(self, root):
        vals = []

        def walk(node):
            if node is not None:
                walk(node.left)
                vals.append(node.val)
                walk(node.right)

        walk(root)
        return vals == sorted(vals)
