# verdict: wrong_answer
# mistake: never marks the cells on the current path, so a path can walk back onto a cell it already used
class Solution:
    def exist(self, board, word):
        m, n = len(board), len(board[0])

        def dfs(r, c, i):
            if i == len(word):
                return True
            if not (0 <= r < m and 0 <= c < n) or board[r][c] != word[i]:
                return False
            return dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1) or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1)

        return any(dfs(r, c, 0) for r in range(m) for c in range(n))
