# verdict: wrong_answer
# mistake: takes both dimensions from len(matrix), as if every grid were square, so a wide grid loses columns
class Solution:
    def spiralOrder(self, matrix):
        n = len(matrix)
        top, bottom, left, right = 0, n - 1, 0, n - 1
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
            if left <= right:
                for r in range(bottom, top - 1, -1):
                    out.append(matrix[r][left])
                left += 1
        return out
