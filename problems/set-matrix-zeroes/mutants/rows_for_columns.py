# verdict: wrong_answer
# mistake: takes both dimensions from len(matrix), so the extra columns of a wide grid are never looked at
class Solution:
    def setZeroes(self, matrix):
        m = n = len(matrix)
        rows, cols = set(), set()
        for r in range(m):
            for c in range(n):
                if matrix[r][c] == 0:
                    rows.add(r)
                    cols.add(c)
        for r in range(m):
            for c in range(n):
                if r in rows or c in cols:
                    matrix[r][c] = 0
