# verdict: wrong_answer
# mistake: also steps to the four diagonal neighbours
class Solution:
    def exist(self, board, word):
        m, n = len(board), len(board[0])
        steps = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

        def dfs(r, c, i):
            if i == len(word):
                return True
            if not (0 <= r < m and 0 <= c < n) or board[r][c] != word[i]:
                return False
            board[r][c] = "#"
            found = any(dfs(r + dr, c + dc, i + 1) for dr, dc in steps)
            board[r][c] = word[i]
            return found

        return any(dfs(r, c, 0) for r in range(m) for c in range(n))
