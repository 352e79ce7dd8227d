# verdict: wrong_answer
# mistake: reverses the row order after transposing, which turns the matrix counter-clockwise
class Solution:
    def rotate(self, matrix):
        n = len(matrix)
        for r in range(n):
            for c in range(r + 1, n):
                matrix[r][c], matrix[c][r] = matrix[c][r], matrix[r][c]
        matrix.reverse()
