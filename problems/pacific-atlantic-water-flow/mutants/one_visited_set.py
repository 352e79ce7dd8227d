# verdict: wrong_answer
# mistake: both searches share one visited set, so the Atlantic search stops at cells the Pacific search already claimed
class Solution:
    def pacificAtlantic(self, heights):
        rows, cols = len(heights), len(heights[0])
        visited = set()

        def climb(r, c, ocean):
            visited.add((r, c))
            ocean.add((r, c))
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in visited and heights[nr][nc] >= heights[r][c]:
                    climb(nr, nc, ocean)

        pac, atl = set(), set()
        for c in range(cols):
            climb(0, c, pac)
        for r in range(rows):
            climb(r, 0, pac)
        for c in range(cols):
            climb(rows - 1, c, atl)
        for r in range(rows):
            climb(r, cols - 1, atl)
        return [list(p) for p in pac & atl]
