# verdict: wrong_answer
# mistake: compares with <= and >= when choosing a side, so a walk that reaches p (or q) steps past it
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        node = root
        while node:
            if p.val <= node.val and q.val <= node.val:
                node = node.left
            elif p.val >= node.val and q.val >= node.val:
                node = node.right
            else:
                return node
        return None
