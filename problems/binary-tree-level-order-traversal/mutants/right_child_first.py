# verdict: wrong_answer
# mistake: queues the right child before the left one, so each level comes out right to left
class Solution:
    def levelOrder(self, root):
        levels, queue = [], deque([root] if root else [])
        while queue:
            level = []
            for _ in range(len(queue)):
                node = queue.popleft()
                level.append(node.val)
                if node.right:
                    queue.append(node.right)
                if node.left:
                    queue.append(node.left)
            levels.append(level)
        return levels
