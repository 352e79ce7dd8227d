# verdict: wrong_answer
# mistake: counts runs of land in each row that do not touch land in the row above, so islands joined further down are counted twice
class Solution:
    def numIslands(self, grid):
        count = 0
        for r in range(len(grid)):
            c = 0
            while c < len(grid[0]):
                if grid[r][c] == "1":
                    start = c
                    while c < len(grid[0]) and grid[r][c] == "1":
                        c += 1
                    if r == 0 or all(grid[r - 1][k] == "0" for k in range(start, c)):
                        count += 1
                else:
                    c += 1
        return count
