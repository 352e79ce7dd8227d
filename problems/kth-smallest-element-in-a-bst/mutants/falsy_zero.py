# verdict: wrong_answer
# mistake: signals "found" with the value itself and tests it for truth, so an answer of 0 is skipped
class Solution:
    def kthSmallest(self, root, k):
        self.k = k

        def walk(node):
            if node is None:
                return None
            left = walk(node.left)
            if left:
                return left
            self.k -= 1
            if self.k == 0:
                return node.val
            return walk(node.right)

        return walk(root)
