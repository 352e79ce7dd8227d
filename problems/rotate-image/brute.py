class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        # Row r of the result is column r of the input, read from the bottom up.
        turned = [[matrix[n - 1 - k][r] for k in range(n)] for r in range(n)]
        for r in range(n):
            matrix[r][:] = turned[r]
