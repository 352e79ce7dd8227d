# verdict: wrong_answer
# mistake: seeds only the start cell and fills from (1, 1), leaving the top row and left column at 0 instead of 1
class Solution:
    def uniquePaths(self, m, n):
        dp = [[0] * n for _ in range(m)]
        dp[0][0] = 1
        for i in range(1, m):
            for j in range(1, n):
                dp[i][j] = dp[i - 1][j] + dp[i][j - 1]
        return dp[m - 1][n - 1]
