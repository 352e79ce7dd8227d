# verdict: wrong_answer
# mistake: also accepts the children matched crosswise (left with right), which answers "equal up to mirroring"
class Solution:
    def isSameTree(self, p, q):
        if p is None and q is None:
            return True
        if p is None or q is None or p.val != q.val:
            return False
        straight = self.isSameTree(p.left, q.left) and self.isSameTree(p.right, q.right)
        return straight or (self.isSameTree(p.left, q.right) and self.isSameTree(p.right, q.left))
