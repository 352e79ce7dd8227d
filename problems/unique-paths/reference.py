class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        # paths(r, c) = number of routes from the top-left cell to cell (r, c).
        # The last step into (r, c) came from above or from the left, so
        # paths(r, c) = paths(r-1, c) + paths(r, c-1); every cell of the top row
        # and of the left column has exactly one route (a straight line).
        # Rows are filled top to bottom, keeping one row: before row[c] is
        # updated it still holds the value of the cell above.
        row = [1] * n  # the top row
        for _ in range(1, m):
            for c in range(1, n):
                row[c] += row[c - 1]
        return row[-1]
