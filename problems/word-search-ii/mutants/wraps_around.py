# verdict: runtime_error
# mistake: checks only the upper bounds, so a step to index -1 wraps to the other edge of the board (and index -2 falls off a one-row board)
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
            if r >= rows or c >= cols:
                return
            ch = board[r][c]
            if ch not in node:
                return
            node = node[ch]
            if "$" in node:
                found.add(node["$"])
            board[r][c] = "#"
            dfs(r - 1, c, node)
            dfs(r + 1, c, node)
            dfs(r, c - 1, node)
            dfs(r, c + 1, node)
            board[r][c] = ch

        for r in range(rows):
            for c in range(cols):
                dfs(r, c, root)
        return list(found)
