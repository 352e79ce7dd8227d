class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # One trie of all the words; the key "$" (never a letter) holds the whole
        # word at the node where it ends.
        root = {}
        for word in words:
            node = root
            for ch in word:
                node = node.setdefault(ch, {})
            node["$"] = word

        rows, cols = len(board), len(board[0])
        found = []

        def dfs(r, c, parent):
            # The path so far spells a prefix in the trie; extend it with (r, c).
            ch = board[r][c]
            node = parent.get(ch)
            if node is None:
                return
            word = node.pop("$", None)
            if word is not None:
                found.append(word)  # popped, so each word is reported once
            board[r][c] = "#"  # on the current path: may not be used again
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] != "#":
                    dfs(nr, nc, node)
            board[r][c] = ch
            if not node:
                # Every word below this node has been found: prune the branch so
                # later searches never walk into it again.
                del parent[ch]

        for r in range(rows):
            for c in range(cols):
                dfs(r, c, root)
        return found
