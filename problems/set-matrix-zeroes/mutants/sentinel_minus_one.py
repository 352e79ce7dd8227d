# verdict: wrong_answer
# mistake: marks the cells to clear with -1 and turns every -1 into 0 at the end, erasing real -1 entries
class Solution:
    def setZeroes(self, matrix):
        m, n = len(matrix), len(matrix[0])
        for r in range(m):
            for c in range(n):
                if matrix[r][c] == 0:
                    for k in range(n):
                        if matrix[r][k] != 0:
                            matrix[r][k] = -1
                    for k in range(m):
                        if matrix[k][c] != 0:
                            matrix[k][c] = -1
        for r in range(m):
            for c in range(n):
                if matrix[r][c] == -1:
                    matrix[r][c] = 0
