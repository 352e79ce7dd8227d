# verdict: wrong_answer
# mistake: steps to all eight surrounding cells, diagonals included
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

        def dfs(r, c, node):
            ch = board[r][c]
            if ch not in node:
                return
            node = node[ch]
            if "$" in node:
                found.add(node["$"])
            board[r][c] = "#"
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    nr, nc = r + dr, c + dc
                    if (dr or dc) and 0 <= nr < rows and 0 <= nc < cols:
                        dfs(nr, nc, node)
            board[r][c] = ch

        for r in range(rows):
            for c in range(cols):
                dfs(r, c, root)
        return list(found)
