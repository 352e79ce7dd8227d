# verdict: wrong_answer
# mistake: returns the answer's value (as the output line shows it) instead of the node
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        node = root
        while node:
            if p.val < node.val and q.val < node.val:
                node = node.left
            elif p.val > node.val and q.val > node.val:
                node = node.right
            else:
                return node.val
