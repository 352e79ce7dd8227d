# verdict: wrong_answer
# mistake: the corner cell is the mark for both the first row and the first column, so a zero in one clears the other
class Solution:
    def setZeroes(self, matrix):
        m, n = len(matrix), len(matrix[0])
        for r in range(m):
            for c in range(n):
                if matrix[r][c] == 0:
                    matrix[r][0] = 0
                    matrix[0][c] = 0
        for r in range(1, m):
            for c in range(1, n):
                if matrix[r][0] == 0 or matrix[0][c] == 0:
                    matrix[r][c] = 0
        if matrix[0][0] == 0:
            for c in range(n):
                matrix[0][c] = 0
            for r in range(m):
                matrix[r][0] = 0
