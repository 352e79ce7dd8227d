# verdict: wrong_answer
# mistake: clears the row and column the moment a zero is found, so the new zeros clear more
class Solution:
    def setZeroes(self, matrix):
        m, n = len(matrix), len(matrix[0])
        for r in range(m):
            for c in range(n):
                if matrix[r][c] == 0:
                    for k in range(n):
                        matrix[r][k] = 0
                    for k in range(m):
                        matrix[k][c] = 0
