# verdict: wrong_answer
# mistake: assumes p.val < q.val, so when the larger value is given as p the walk turns the wrong way
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        node = root
        while node:
            if q.val < node.val:
                node = node.left
            elif p.val > node.val:
                node = node.right
            else:
                return node
        return None
