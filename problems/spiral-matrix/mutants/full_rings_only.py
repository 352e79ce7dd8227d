# verdict: wrong_answer
# mistake: loops over min(m, n) // 2 full rings, so an odd middle row, column or centre is never read
class Solution:
    def spiralOrder(self, matrix):
        m, n = len(matrix), len(matrix[0])
        out = []
        for k in range(min(m, n) // 2):
            top, bottom, left, right = k, m - 1 - k, k, n - 1 - k
            for c in range(left, right + 1):
                out.append(matrix[top][c])
            for r in range(top + 1, bottom + 1):
                out.append(matrix[r][right])
            for c in range(right - 1, left - 1, -1):
                out.append(matrix[bottom][c])
            for r in range(bottom - 1, top, -1):
                out.append(matrix[r][left])
        return out
