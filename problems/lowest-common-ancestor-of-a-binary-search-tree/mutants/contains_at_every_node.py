# verdict: time_limit_exceeded
# mistake: ignores BST order and asks "are both p and q below this child?" with a fresh search at every node of the descent: O(n·h)
class Solution:
    def lowestCommonAncestor(self, root, p, q):
        def contains(node, target):
            stack = [node]
            while stack:
                cur = stack.pop()
                if cur is None:
                    continue
                if cur is target:
                    return True
                stack.append(cur.right)
                stack.append(cur.left)
            return False

        node = root
        while True:
            if contains(node.left, p) and contains(node.left, q):
                node = node.left
            elif contains(node.right, p) and contains(node.right, q):
                node = node.right
            else:
                return node
