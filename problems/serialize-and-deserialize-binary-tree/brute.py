class Codec:
    # Level order, space-separated, with "x" for each missing child of a
    # present node (the same information as LeetCode's own notation).

    def serialize(self, root: Optional[TreeNode]) -> str:
        out = []
        queue = deque([root])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append("x")
            else:
                out.append(str(node.val))
                queue.append(node.left)
                queue.append(node.right)
        return " ".join(out)

    def deserialize(self, data: str) -> Optional[TreeNode]:
        parts = data.split(" ")
        if parts[0] == "x":
            return None
        root = TreeNode(int(parts[0]))
        parents = deque([root])
        i = 1
        while parents:
            node = parents.popleft()
            if parts[i] != "x":
                node.left = TreeNode(int(parts[i]))
                parents.append(node.left)
            if parts[i + 1] != "x":
                node.right = TreeNode(int(parts[i + 1]))
                parents.append(node.right)
            i += 2
        return root
