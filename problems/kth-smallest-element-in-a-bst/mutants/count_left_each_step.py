# verdict: accepted
# optimal: false
# mistake: counts the left subtree from scratch at every step of the descent: O(n·h), quadratic on a deep path
class Solution:
    def kthSmallest(self, root, k):
        def count(node):
            return 0 if node is None else 1 + count(node.left) + count(node.right)

        node = root
        while True:
            left = count(node.left)
            if k <= left:
                node = node.left
            elif k == left + 1:
                return node.val
            else:
                k -= left + 1
                node = node.right
