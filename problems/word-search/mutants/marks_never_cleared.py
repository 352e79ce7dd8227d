# verdict: wrong_answer
# mistake: marks a cell as used but never releases it when the search backs out, blocking later paths
class Solution:
    def exist(self, board, word):
        m, n = len(board), len(board[0])
        used = set()

        def dfs(r, c, i):
            if i == len(word):
                return True
            if not (0 <= r < m and 0 <= c < n) or (r, c) in used or board[r][c] != word[i]:
                return False
            used.add((r, c))
            return dfs(r + 1, c, i + 1) or dfs(r - 1, c, i + 1) or dfs(r, c + 1, i + 1) or dfs(r, c - 1, i + 1)

        for r in range(m):
            for c in range(n):
                used.clear()
                if dfs(r, c, 0):
                    return True
        return False
