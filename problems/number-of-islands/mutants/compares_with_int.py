# verdict: wrong_answer
# mistake: compares cells with the integer 1, but the grid holds the strings "1" and "0", so no land is ever found
class Solution:
    def numIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        count = 0

        def sink(r, c):
            if 0 <= r < rows and 0 <= c < cols and grid[r][c] == 1:
                grid[r][c] = 0
                sink(r + 1, c)
                sink(r - 1, c)
                sink(r, c + 1)
                sink(r, c - 1)

        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 1:
                    count += 1
                    sink(r, c)
        return count
