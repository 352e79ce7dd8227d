# verdict: accepted
# optimal: false
# mistake: builds a new visited grid for every start cell: correct, but O(mn) extra work per start, quadratic in the cells
class Solution:
    def exist(self, board, word):
        m, n = len(board), len(board[0])

        def dfs(r, c, i, visited):
            if i == len(word):
                return True
            if not (0 <= r < m and 0 <= c < n) or visited[r][c] or board[r][c] != word[i]:
                return False
            visited[r][c] = True
            found = (dfs(r + 1, c, i + 1, visited) or dfs(r - 1, c, i + 1, visited)
                     or dfs(r, c + 1, i + 1, visited) or dfs(r, c - 1, i + 1, visited))
            visited[r][c] = False
            return found

        for r in range(m):
            for c in range(n):
                visited = [[False for _ in range(n)] for _ in range(m)]
                if dfs(r, c, 0, visited):
                    return True
        return False
