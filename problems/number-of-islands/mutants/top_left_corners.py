# verdict: wrong_answer
# mistake: counts land cells whose upper and left neighbours are water, as if each island had one such corner
class Solution:
    def numIslands(self, grid):
        count = 0
        for r in range(len(grid)):
            for c in range(len(grid[0])):
                if grid[r][c] == "1":
                    up = r > 0 and grid[r - 1][c] == "1"
                    left = c > 0 and grid[r][c - 1] == "1"
                    if not up and not left:
                        count += 1
        return count
