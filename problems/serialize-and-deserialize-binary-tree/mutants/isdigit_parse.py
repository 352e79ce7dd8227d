# verdict: wrong_answer
# mistake: tells values from null markers with str.isdigit(), which is False for "-5", so negative nodes vanish
class Codec:
    def serialize(self, root):
        out = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("N")
            else:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return ",".join(out)

    def deserialize(self, data):
        tokens = iter(data.split(","))

        def build():
            token = next(tokens)
            if not token.isdigit():
                return None
            node = TreeNode(int(token))
            node.left = build()
            node.right = build()
            return node

        return build()
