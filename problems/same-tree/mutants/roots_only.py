# verdict: wrong_answer
# mistake: returns True as soon as the two roots hold equal values, without looking at the children
class Solution:
    def isSameTree(self, p, q):
        if p is None and q is None:
            return True
        if p is None or q is None:
            return False
        if p.val == q.val:
            return True
        return self.isSameTree(p.left, q.left) and self.isSameTree(p.right, q.right)
