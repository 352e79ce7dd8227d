# verdict: wrong_answer
# mistake: returns a new TreeNode holding the answer's value instead of the tree's own node
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        node = root
        while node:
            if p.val < node.val and q.val < node.val:
                node = node.left
            elif p.val > node.val and q.val > node.val:
                node = node.right
            else:
                return TreeNode(node.val)
