class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        # Clockwise, the cell at (r, c) moves to (c, n-1-r). Each cell belongs to a
        # cycle of four such moves; walking the top-left quadrant (rounded so the
        # odd middle column is included once) visits every cycle exactly once.
        for r in range(n // 2):
            for c in range((n + 1) // 2):
                top = matrix[r][c]
                matrix[r][c] = matrix[n - 1 - c][r]
                matrix[n - 1 - c][r] = matrix[n - 1 - r][n - 1 - c]
                matrix[n - 1 - r][n - 1 - c] = matrix[c][n - 1 - r]
                matrix[c][n - 1 - r] = top
