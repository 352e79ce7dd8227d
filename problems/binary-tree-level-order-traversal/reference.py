class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        # Breadth-first: at the top of each round the queue holds exactly one
        # whole level, left to right. Taking off that many nodes (and queueing
        # their children, left before right) produces the next level.
        levels = []
        queue = deque([root] if root is not None else [])
        while queue:
            level = []
            for _ in range(len(queue)):
                node = queue.popleft()
                level.append(node.val)
                if node.left is not None:
                    queue.append(node.left)
                if node.right is not None:
                    queue.append(node.right)
            levels.append(level)
        return levels
