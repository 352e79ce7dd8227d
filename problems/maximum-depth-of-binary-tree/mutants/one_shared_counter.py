# verdict: wrong_answer
# mistake: an iterative walk with one depth counter for the whole tree instead of a depth stored with each stacked node
class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        stack = [root]
        depth = best = 0
        while stack:
            node = stack.pop()
            depth += 1
            best = max(best, depth)
            if node.left is None and node.right is None:
                depth -= 1  # back up from the leaf
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)
        return best
