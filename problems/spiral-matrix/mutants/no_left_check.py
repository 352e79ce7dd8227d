# verdict: wrong_answer
# mistake: walks up the left column without checking a column is left, so a lone remaining column is read twice
class Solution:
    def spiralOrder(self, matrix):
        top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
        out = []
        while top <= bottom and left <= right:
            for c in range(left, right + 1):
                out.append(matrix[top][c])
            top += 1
            for r in range(top, bottom + 1):
                out.append(matrix[r][right])
            right -= 1
            if top <= bottom:
                for c in range(right, left - 1, -1):
                    out.append(matrix[bottom][c])
                bottom -= 1
            for r in range(bottom, top - 1, -1):
                out.append(matrix[r][left])
            left += 1
        return out
