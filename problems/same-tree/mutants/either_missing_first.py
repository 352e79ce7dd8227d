# verdict: wrong_answer
# mistake: tests "either node is missing" before "both are missing", so two missing children count as a difference
class Solution:
    def isSameTree(self, p, q):
        if p is None or q is None:
            return False
        if p is None and q is None:
            return True
        if p.val != q.val:
            return False
        return self.isSameTree(p.left, q.left) and self.isSameTree(p.right, q.right)
