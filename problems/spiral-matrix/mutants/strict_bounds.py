# verdict: wrong_answer
# mistake: the loop runs while top < bottom and left < right, stopping before a last single row, column or centre
class Solution:
    def spiralOrder(self, matrix):
        top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
        out = []
        while top < bottom and left < right:
            for c in range(left, right):
                out.append(matrix[top][c])
            for r in range(top, bottom):
                out.append(matrix[r][right])
            for c in range(right, left, -1):
                out.append(matrix[bottom][c])
            for r in range(bottom, top, -1):
                out.append(matrix[r][left])
            top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
        return out
