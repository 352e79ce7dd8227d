# verdict: wrong_answer
# mistake: the four-way swap runs over whole rows of the top half, so each cycle turns twice (180 degrees)
class Solution:
    def rotate(self, matrix):
        n = len(matrix)
        for r in range(n // 2):
            for c in range(n):
                top = matrix[r][c]
                matrix[r][c] = matrix[n - 1 - c][r]
                matrix[n - 1 - c][r] = matrix[n - 1 - r][n - 1 - c]
                matrix[n - 1 - r][n - 1 - c] = matrix[c][n - 1 - r]
                matrix[c][n - 1 - r] = top
