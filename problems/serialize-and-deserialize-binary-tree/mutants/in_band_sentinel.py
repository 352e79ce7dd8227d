# verdict: wrong_answer
# mistake: marks a missing child with -1, a value a real node can hold, so nodes holding -1 turn into gaps
class Codec:
    def serialize(self, root):
        out = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("-1")
            else:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(out)

    def deserialize(self, data):
        tokens = iter(data.split(","))

        def build():
            value = int(next(tokens))
            if value == -1:
                return None
            node = TreeNode(value)
            node.left = build()
            node.right = build()
            return node

        return build()
