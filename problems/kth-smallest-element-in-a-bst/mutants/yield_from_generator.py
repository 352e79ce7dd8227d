# verdict: accepted
# optimal: false
# mistake: a recursive `yield from` in-order generator hands each value up through one generator per level: O(depth) per value, quadratic on a deep path
class Solution:
    def kthSmallest(self, root, k):
        def inorder(node):
            if node is not None:
                yield from inorder(node.left)
                yield node.val
                yield from inorder(node.right)

        for value in inorder(root):
            k -= 1
            if k == 0:
                return value
