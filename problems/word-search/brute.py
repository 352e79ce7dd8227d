class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])

        def search(r, c, i, used):
            # Does the path so far, ending before (r, c), extend through (r, c)
            # into word[i:]?
            if not (0 <= r < m and 0 <= c < n) or used[r][c] or board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            used[r][c] = True
            found = any(search(r + dr, c + dc, i + 1, used) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
            used[r][c] = False
            return found

        for r in range(m):
            for c in range(n):
                # A fresh table of used cells for every start: plainly correct,
                # but O(mn) work per start cell.
                used = [[False for _ in range(n)] for _ in range(m)]
                if search(r, c, 0, used):
                    return True
        return False
