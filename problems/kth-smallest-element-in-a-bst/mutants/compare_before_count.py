# verdict: wrong_answer
# mistake: checks k before counting the node, so the walk returns the value after the k-th (or nothing)
class Solution:
    def kthSmallest(self, root, k):
        stack, node = [], root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            if k == 0:
                return node.val
            k -= 1
            node = node.right
