# verdict: runtime_error
# mistake: a recursive walk that creates a new level only when depth exceeds the count, so levels[depth] is read before it exists
class Solution:
    def levelOrder(self, root):
        levels = []

        def walk(node, depth):
            if node is None:
                return
            if len(levels) < depth:
                levels.append([])
            levels[depth].append(node.val)
            walk(node.left, depth + 1)
            walk(node.right, depth + 1)

        walk(root, 0)
        return levels
