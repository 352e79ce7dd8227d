# verdict: wrong_answer
# mistake: returns the answer of the first cell that holds the first letter instead of trying the other starts
class Solution:
    def exist(self, board, word):
        m, n = len(board), len(board[0])

        def dfs(r, c, i):
            if i == len(word):
                return True
            if not (0 <= r < m and 0 <= c < n) or board[r][c] != word[i]:
                return False
            board[r][c] = "#"
            found = dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1) or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1)
            board[r][c] = word[i]
            return found

        for r in range(m):
            for c in range(n):
                if board[r][c] == word[0]:
                    return dfs(r, c, 0)
        return False
