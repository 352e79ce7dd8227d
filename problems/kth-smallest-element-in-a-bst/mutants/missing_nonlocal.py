# verdict: runtime_error
# mistake: increments a counter of the enclosing function without `nonlocal`, which raises UnboundLocalError
class Solution:
    def kthSmallest(self, root, k):
        count = 0
        answer = None

        def inorder(node):
            if node is None:
                return
            inorder(node.left)
            count += 1
            if count == k:
                answer = node.val
            inorder(node.right)

        inorder(root)
        return answer
