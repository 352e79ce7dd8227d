# verdict: wrong_answer
# mistake: declares success on reaching the last index before checking that the last letter matches
class Solution:
    def exist(self, board, word):
        m, n = len(board), len(board[0])

        def dfs(r, c, i):
            if i == len(word) - 1:
                return True
            if board[r][c] != word[i]:
                return False
            board[r][c] = "#"
            found = False
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n and board[nr][nc] != "#" and dfs(nr, nc, i + 1):
                    found = True
                    break
            board[r][c] = word[i]
            return found

        return any(board[r][c] == word[0] and dfs(r, c, 0) for r in range(m) for c in range(n))
