# verdict: wrong_answer
# mistake: breadth-first, but adds one for every node taken off the queue instead of once per level
class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        queue = deque([root])
        depth = 0
        while queue:
            node = queue.popleft()
            depth += 1
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        return depth
