class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        # Walk one cell at a time, turning clockwise whenever the next step
        # would leave the grid or enter a cell already read.
        m, n = len(matrix), len(matrix[0])
        seen = [[False] * n for _ in range(m)]
        steps = [(0, 1), (1, 0), (0, -1), (-1, 0)]  # right, down, left, up
        r = c = d = 0
        order = []
        for _ in range(m * n):
            order.append(matrix[r][c])
            seen[r][c] = True
            nr, nc = r + steps[d][0], c + steps[d][1]
            if not (0 <= nr < m and 0 <= nc < n) or seen[nr][nc]:
                d = (d + 1) % 4
                nr, nc = r + steps[d][0], c + steps[d][1]
            r, c = nr, nc
        return order
