# verdict: wrong_answer
# mistake: compares the breadth-first lists of values, skipping missing children, which loses the shape
class Solution:
    def isSameTree(self, p, q):
        def levels(root):
            out, queue = [], deque([root] if root else [])
            while queue:
                node = queue.popleft()
                out.append(node.val)
                if node.left:
                    queue.append(node.left)
                if node.right:
                    queue.append(node.right)
            return out

        return levels(p) == levels(q)
