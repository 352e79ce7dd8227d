# verdict: time_limit_exceeded
# mistake: recomputes the largest value of the left subtree and the smallest of the right one at every node: O(n·h)
class Solution:
    def isValidBST(self, root):
        def extremes(node):
            lo = hi = node.val
            stack = [node]
            while stack:
                cur = stack.pop()
                lo, hi = min(lo, cur.val), max(hi, cur.val)
                if cur.left:
                    stack.append(cur.left)
                if cur.right:
                    stack.append(cur.right)
            return lo, hi

        def valid(node):
            if node is None:
                return True
            if node.left and extremes(node.left)[1] >= node.val:
                return False
            if node.right and extremes(node.right)[0] <= node.val:
                return False
            return valid(node.left) and valid(node.right)

        return valid(root)
