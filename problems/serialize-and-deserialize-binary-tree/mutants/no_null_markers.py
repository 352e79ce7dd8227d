# verdict: wrong_answer
# mistake: writes only the values in level order and refills them as a complete tree, losing where the gaps were
class Codec:
    def serialize(self, root):
        out = []
        queue = deque([root] if root else [])
        while queue:
            node = queue.popleft()
            out.append(str(node.val))
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        return ",".join(out)

    def deserialize(self, data):
        if not data:
            return None
        nodes = [TreeNode(int(t)) for t in data.split(",")]
        for i, node in enumerate(nodes):
            if 2 * i + 1 < len(nodes):
                node.left = nodes[2 * i + 1]
            if 2 * i + 2 < len(nodes):
                node.right = nodes[2 * i + 2]
        return nodes[0]
