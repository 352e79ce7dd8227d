# verdict: wrong_answer
# mistake: builds a cleared copy and rebinds the local name, so the caller's grid never changes
class Solution:
    def setZeroes(self, matrix):
        rows = {r for r, row in enumerate(matrix) if 0 in row}
        cols = {c for row in matrix for c, v in enumerate(row) if v == 0}
        matrix = [[0 if r in rows or c in cols else v for c, v in enumerate(row)] for r, row in enumerate(matrix)]
        return matrix
