class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # The literal definition, checked against the reference: a full table
        # where each cell adds the routes arriving from above and from the left,
        # with the start cell seeded with one route and nothing outside the grid.
        ways = [[0] * n for _ in range(m)]
        for r in range(m):
            for c in range(n):
                if r == 0 and c == 0:
                    ways[r][c] = 1
                    continue
                above = ways[r - 1][c] if r > 0 else 0
                left = ways[r][c - 1] if c > 0 else 0
                ways[r][c] = above + left
        return ways[m - 1][n - 1]
