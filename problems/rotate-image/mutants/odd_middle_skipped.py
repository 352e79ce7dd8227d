# verdict: wrong_answer
# mistake: the four-way swap covers only an n//2 by n//2 quadrant, so on odd n the middle column's cycles never move
class Solution:
    def rotate(self, matrix):
        n = len(matrix)
        for r in range(n // 2):
            for c in range(n // 2):
                top = matrix[r][c]
                matrix[r][c] = matrix[n - 1 - c][r]
                matrix[n - 1 - c][r] = matrix[n - 1 - r][n - 1 - c]
                matrix[n - 1 - r][n - 1 - c] = matrix[c][n - 1 - r]
                matrix[c][n - 1 - r] = top
