# verdict: wrong_answer
# mistake: transposes the matrix but forgets to mirror each row afterwards
class Solution:
    def rotate(self, matrix):
        n = len(matrix)
        for r in range(n):
            for c in range(r + 1, n):
                matrix[r][c], matrix[c][r] = matrix[c][r], matrix[r][c]
