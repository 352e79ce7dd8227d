# verdict: wrong_answer
# mistake: returns only when the node lies strictly between p and q, and otherwise follows p's side, so when p or q is the answer it walks past it
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        if root is None:
            return None
        if min(p.val, q.val) < root.val < max(p.val, q.val):
            return root
        if p.val < root.val:
            return self.lowestCommonAncestor(root.left, p, q)
        if p.val > root.val:
            return self.lowestCommonAncestor(root.right, p, q)
        return self.lowestCommonAncestor(root.left if q.val < root.val else root.right, p, q)
