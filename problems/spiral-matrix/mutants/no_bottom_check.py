# verdict: wrong_answer
# mistake: walks back along the bottom row without checking a row is left, so a lone remaining row is read twice
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
            for c in range(right, left - 1, -1):
                out.append(matrix[bottom][c])
            bottom -= 1
            if left <= right:
                for r in range(bottom, top - 1, -1):
                    out.append(matrix[r][left])
                left += 1
        return out
