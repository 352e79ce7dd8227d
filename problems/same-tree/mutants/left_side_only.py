# verdict: wrong_answer
# mistake: recurses into the left children only and never compares the right subtrees
class Solution:
    def isSameTree(self, p, q):
        if p is None and q is None:
            return True
        if p is None or q is None or p.val != q.val:
            return False
        return self.isSameTree(p.left, q.left)
