class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        m, n = len(matrix), len(matrix[0])
        # Read the zeros from an untouched copy, so a zero written now is never
        # taken for an original one; clear a whole row and column per zero.
        original = [row[:] for row in matrix]
        for r in range(m):
            for c in range(n):
                if original[r][c] == 0:
                    for k in range(n):
                        matrix[r][k] = 0
                    for k in range(m):
                        matrix[k][c] = 0
