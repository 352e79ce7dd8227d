# verdict: accepted
# optimal: false
# mistake: clears a whole row and column for every zero of a copy: correct, but O(mn(m+n))
class Solution:
    def setZeroes(self, matrix):
        m, n = len(matrix), len(matrix[0])
        zeros = [(r, c) for r in range(m) for c in range(n) if matrix[r][c] == 0]
        for r, c in zeros:
            for k in range(n):
                matrix[r][k] = 0
            for k in range(m):
                matrix[k][c] = 0
