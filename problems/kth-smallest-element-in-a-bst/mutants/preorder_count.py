# verdict: wrong_answer
# mistake: counts nodes in pre-order (node before its left subtree) instead of in-order
class Solution:
    def kthSmallest(self, root, k):
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            k -= 1
            if k == 0:
                return node.val
            stack.append(node.right)
            stack.append(node.left)
