class Codec:
    # Preorder with "#" for every missing child, comma-separated. A preorder
    # that also records where each subtree ends (the "#" markers) describes
    # exactly one tree. Both directions use an explicit stack, so a path of
    # 10^4 nodes needs no deep recursion.

    def serialize(self, root: Optional[TreeNode]) -> str:
        tokens = []
        pending = [root]
        while pending:
            node = pending.pop()
            if node is None:
                tokens.append("#")
                continue
            tokens.append(str(node.val))
            pending.append(node.right)  # popped after the whole left subtree
            pending.append(node.left)
        return ",".join(tokens)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        tokens = data.split(",")
        if tokens[0] == "#":
            return None
        root = TreeNode(int(tokens[0]))
        # Each frame is a node whose children are still being read, and how
        # many of them (0 or 1) have been read so far. The top frame owns the
        # next token.
        frames = [[root, 0]]
        for token in tokens[1:]:
            frame = frames[-1]
            child = None if token == "#" else TreeNode(int(token))
            if frame[1] == 0:
                frame[0].left = child
                frame[1] = 1
            else:
                frame[0].right = child
                frames.pop()
            if child is not None:
                frames.append([child, 0])
        return root
