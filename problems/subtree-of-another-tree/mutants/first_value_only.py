# verdict: wrong_answer
# mistake: finds the first node holding subRoot's value and compares only there
class Solution:
    def isSubtree(self, root, subRoot):
        def same(a, b):
            if a is None or b is None:
                return a is b
            return a.val == b.val and same(a.left, b.left) and same(a.right, b.right)

        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                continue
            if node.val == subRoot.val:
                return same(node, subRoot)
            queue.append(node.left)
            queue.append(node.right)
        return False
