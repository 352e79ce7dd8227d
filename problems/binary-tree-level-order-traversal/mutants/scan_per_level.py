# verdict: accepted
# optimal: false
# mistake: lists every (value, depth) pair once, then scans the whole list again for each level: O(n·h)
class Solution:
    def levelOrder(self, root):
        pairs, queue = [], deque([(root, 0)] if root else [])
        while queue:
            node, d = queue.popleft()
            pairs.append((node.val, d))
            if node.left:
                queue.append((node.left, d + 1))
            if node.right:
                queue.append((node.right, d + 1))
        height = pairs[-1][1] + 1 if pairs else 0
        return [[v for v, d in pairs if d == k] for k in range(height)]
