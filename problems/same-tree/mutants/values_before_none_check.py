# verdict: runtime_error
# mistake: compares the values before checking whether either node is missing
class Solution:
    def isSameTree(self, p, q):
        if p is None and q is None:
            return True
        if p.val != q.val:
            return False
        return self.isSameTree(p.left, q.left) and self.isSameTree(p.right, q.right)
