class Solution:
    def setZeroes(self, matrix: List[List[int]]) -> None:
        m, n = len(matrix), len(matrix[0])
        # The first row and the first column become the marker lists:
        # matrix[r][0] == 0 will mean "clear row r" and matrix[0][c] == 0 "clear
        # column c". They share the corner cell, so the corner speaks for row 0
        # and a separate flag remembers whether column 0 itself held a zero.
        first_col_has_zero = any(matrix[r][0] == 0 for r in range(m))

        # Record every zero outside column 0 in its row's and its column's marker.
        # A marker only ever changes to 0 where a zero really is in that row or
        # column, so no original value is ever mistaken for a mark.
        for r in range(m):
            for c in range(1, n):
                if matrix[r][c] == 0:
                    matrix[r][0] = 0
                    matrix[0][c] = 0

        # Clear the inner cells first: they read the markers, which must stay
        # intact until every inner cell has been decided.
        for r in range(1, m):
            for c in range(1, n):
                if matrix[r][0] == 0 or matrix[0][c] == 0:
                    matrix[r][c] = 0

        # Then the marker row itself (the corner says whether row 0 had a zero),
        # and last the marker column.
        if matrix[0][0] == 0:
            for c in range(n):
                matrix[0][c] = 0
        if first_col_has_zero:
            for r in range(m):
                matrix[r][0] = 0
