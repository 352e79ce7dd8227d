# verdict: time_limit_exceeded
# mistake: runs a separate Word Search for every word, re-walking the same prefixes thousands of times
class Solution:
    def findWords(self, board, words):
        rows, cols = len(board), len(board[0])

        def exist(word):
            def dfs(r, c, i):
                if i == len(word):
                    return True
                if not (0 <= r < rows and 0 <= c < cols) or board[r][c] != word[i]:
                    return False
                board[r][c] = "#"
                ok = dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1) or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1)
                board[r][c] = word[i]
                return ok

            return any(dfs(r, c, 0) for r in range(rows) for c in range(cols))

        return [w for w in words if exist(w)]
