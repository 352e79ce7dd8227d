# verdict: wrong_answer
# mistake: compares letters case-insensitively, so "A" on the board matches "a" in the word
class Solution:
    def exist(self, board, word):
        m, n = len(board), len(board[0])
        word = word.lower()

        def dfs(r, c, i):
            if i == len(word):
                return True
            if not (0 <= r < m and 0 <= c < n) or board[r][c].lower() != word[i]:
                return False
            keep = board[r][c]
            board[r][c] = "#"
            found = dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1) or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1)
            board[r][c] = keep
            return found

        return any(dfs(r, c, 0) for r in range(m) for c in range(n))
