# verdict: wrong_answer
# mistake: one breadth-first queue with no level boundaries, so every value lands in a single group
class Solution:
    def levelOrder(self, root):
        if root is None:
            return []
        out, queue = [], deque([root])
        while queue:
            node = queue.popleft()
            out.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        return [out]
