# verdict: wrong_answer
# mistake: marks rows and columns with the smallest 32-bit int, which is also a legal entry
class Solution:
    def setZeroes(self, matrix):
        MARK = -(2**31)
        m, n = len(matrix), len(matrix[0])
        rows = [r for r in range(m) if 0 in matrix[r]]
        cols = [c for c in range(n) if any(matrix[r][c] == 0 for r in range(m))]
        for r in rows:
            for c in range(n):
                matrix[r][c] = MARK
        for c in cols:
            for r in range(m):
                matrix[r][c] = MARK
        for r in range(m):
            for c in range(n):
                if matrix[r][c] == MARK:
                    matrix[r][c] = 0
