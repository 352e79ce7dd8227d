# verdict: wrong_answer
# mistake: queues missing children too and records every round, so the empty tree and the bottom give an empty level
class Solution:
    def levelOrder(self, root):
        levels, queue = [], deque([root])
        while queue:
            level = []
            for _ in range(len(queue)):
                node = queue.popleft()
                if node:
                    level.append(node.val)
                    queue.append(node.left)
                    queue.append(node.right)
            levels.append(level)
        return levels
