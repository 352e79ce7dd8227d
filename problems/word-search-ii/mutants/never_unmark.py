# verdict: wrong_answer
# mistake: adds cells to the visited set but never removes them when backtracking, so later paths cannot use them
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

        def dfs(r, c, node, seen):
            if (r, c) in seen or board[r][c] not in node:
                return
            node = node[board[r][c]]
            seen.add((r, c))
            if "$" in node:
                found.add(node["$"])
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols:
                    dfs(nr, nc, node, seen)

        for r in range(rows):
            for c in range(cols):
                dfs(r, c, root, set())
        return list(found)
