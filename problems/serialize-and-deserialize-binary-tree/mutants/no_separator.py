# verdict: wrong_answer
# mistake: joins the tokens with no separator and reads one character per token, so "12" and "-3" fall apart
class Codec:
    def serialize(self, root):
        out = []
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                out.append("#")
            else:
                out.append(str(node.val))
                stack.append(node.right)
                stack.append(node.left)
        return "".join(out)

    def deserialize(self, data):
        chars = iter(data)

        def build():
            ch = next(chars, "#")
            if ch == "#":
                return None
            node = TreeNode(int(ch) if ch.isdigit() else 0)
            node.left = build()
            node.right = build()
            return node

        return build()
