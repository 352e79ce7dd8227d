# verdict: wrong_answer
# mistake: steers by p alone (a plain search for p), so it returns p instead of the node where p and q part
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        node = root
        while node:
            if p.val < node.val:
                node = node.left
            elif p.val > node.val:
                node = node.right
            else:
                return node
