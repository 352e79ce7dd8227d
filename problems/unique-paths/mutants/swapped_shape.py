# verdict: runtime_error
# mistake: builds the table with n rows of m cells but indexes it as m rows of n cells
class Solution:
    def uniquePaths(self, m, n):
        dp = [[1] * m for _ in range(n)]
        for i in range(1, m):
            for j in range(1, n):
                dp[i][j] = dp[i - 1][j] + dp[i][j - 1]
        return dp[m - 1][n - 1]
