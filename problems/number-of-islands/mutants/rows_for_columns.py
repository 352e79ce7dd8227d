# verdict: wrong_answer
# mistake: uses the number of rows as the number of columns too, so non-square grids are read wrongly
class Solution:
    def numIslands(self, grid):
        n = len(grid)
        count = 0

        def sink(r, c):
            if 0 <= r < n and 0 <= c < n and c < len(grid[r]) and grid[r][c] == "1":
                grid[r][c] = "0"
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    sink(nr, nc)

        for r in range(n):
            for c in range(n):
                if c < len(grid[r]) and grid[r][c] == "1":
                    count += 1
                    sink(r, c)
        return count
