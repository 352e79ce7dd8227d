# verdict: time_limit_exceeded
# mistake: keeps visited cells in a list, so every "have I been here?" check scans it: quadratic in the island's size
class Solution:
    def numIslands(self, grid):
        rows, cols = len(grid), len(grid[0])
        visited = []
        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == "1" and (r, c) not in visited:
                    count += 1
                    visited.append((r, c))
                    queue = deque([(r, c)])
                    while queue:
                        i, j = queue.popleft()
                        for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                            if 0 <= x < rows and 0 <= y < cols and grid[x][y] == "1" and (x, y) not in visited:
                                visited.append((x, y))
                                queue.append((x, y))
        return count
