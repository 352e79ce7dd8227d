# verdict: wrong_answer
# mistake: never marks the cells on the current path, so a word may use the same cell twice
class Solution:
    def findWords(self, board, words):
        root = {}
        for w in words:
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node["$"] = w
        rows, cols = len(board), len(board[0])
        found = set()

        def dfs(r, c, node, depth):
            ch = board[r][c]
            if ch not in node or depth > 10:
                return
            node = node[ch]
            if "$" in node:
                found.add(node["$"])
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    dfs(nr, nc, node, depth + 1)

        for r in range(rows):
            for c in range(cols):
                dfs(r, c, root, 1)
        return list(found)
