# verdict: wrong_answer
# mistake: checks only the upper bounds, so grid[-1][c] silently reads the last row and islands on opposite edges are joined
class Solution:
    def numIslands(self, grid):
        rows, cols = len(grid), len(grid[0])

        def sink(r, c):
            if r < rows and c < cols and grid[r][c] == "1":
                grid[r][c] = "0"
                sink(r + 1, c)
                sink(r - 1, c)
                sink(r, c + 1)
                sink(r, c - 1)

        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1":
                    count += 1
                    sink(r, c)
        return count
