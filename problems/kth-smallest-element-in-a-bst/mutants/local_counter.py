# verdict: wrong_answer
# mistake: passes the count down as a parameter, so the nodes counted inside the left subtree are forgotten on the way back up
class Solution:
    def kthSmallest(self, root, k):
        def inorder(node, count):
            if node is None:
                return None
            found = inorder(node.left, count)
            if found is not None:
                return found
            count += 1
            if count == k:
                return node.val
            return inorder(node.right, count)

        return inorder(root, 0)
