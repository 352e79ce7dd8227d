# verdict: wrong_answer
# mistake: remembers which values were read instead of which positions, so repeated values block the walk
class Solution:
    def spiralOrder(self, matrix):
        m, n = len(matrix), len(matrix[0])
        steps = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        seen = set()
        out = []
        r = c = d = 0
        for _ in range(m * n):
            out.append(matrix[r][c])
            seen.add(matrix[r][c])
            nr, nc = r + steps[d][0], c + steps[d][1]
            if not (0 <= nr < m and 0 <= nc < n) or matrix[nr][nc] in seen:
                d = (d + 1) % 4
                nr, nc = r + steps[d][0], c + steps[d][1]
            if not (0 <= nr < m and 0 <= nc < n):
                break
            r, c = nr, nc
        return out
