class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        # The cells not yet read always form the rectangle of rows top..bottom
        # and columns left..right. Each lap reads its outer ring clockwise and
        # shrinks the rectangle by one on every side it has read.
        top, bottom = 0, len(matrix) - 1
        left, right = 0, len(matrix[0]) - 1
        order = []
        while top <= bottom and left <= right:
            for c in range(left, right + 1):  # top row, left to right
                order.append(matrix[top][c])
            top += 1
            for r in range(top, bottom + 1):  # right column, downwards
                order.append(matrix[r][right])
            right -= 1
            # What is left may be a single row or column: it was read by the
            # two walks above, so only walk back when rows and columns remain.
            if top <= bottom:
                for c in range(right, left - 1, -1):  # bottom row, right to left
                    order.append(matrix[bottom][c])
                bottom -= 1
            if left <= right:
                for r in range(bottom, top - 1, -1):  # left column, upwards
                    order.append(matrix[r][left])
                left += 1
        return order
