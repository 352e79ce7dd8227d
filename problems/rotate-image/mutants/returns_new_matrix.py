# verdict: wrong_answer
# mistake: builds and returns a rotated copy but leaves the argument untouched
class Solution:
    def rotate(self, matrix):
        n = len(matrix)
        return [[matrix[n - 1 - k][r] for k in range(n)] for r in range(n)]
