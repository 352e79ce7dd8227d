# verdict: wrong_answer
# mistake: `if self.prev and ...` skips the comparison whenever the previous value is 0
class Solution:
    def isValidBST(self, root):
        self.prev = None

        def walk(node):
            if node is None:
                return True
            if not walk(node.left):
                return False
            if self.prev and node.val <= self.prev:
                return False
            self.prev = node.val
            return walk(node.right)

        return walk(root)
