# verdict: time_limit_exceeded
# mistake: runs a fresh search from every cell to see which oceans its water reaches: O((mn)^2)
class Solution:
    def pacificAtlantic(self, heights):
        rows, cols = len(heights), len(heights[0])
        res = []
        for i in range(rows):
            for j in range(cols):
                seen = {(i, j)}
                q = deque([(i, j)])
                pac = atl = False
                while q:
                    r, c = q.popleft()
                    pac |= r == 0 or c == 0
                    atl |= r == rows - 1 or c == cols - 1
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen and heights[nr][nc] <= heights[r][c]:
                            seen.add((nr, nc))
                            q.append((nr, nc))
                if pac and atl:
                    res.append([i, j])
        return res
