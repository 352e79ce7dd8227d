# verdict: runtime_error
# mistake: seeds dp[1] and dp[2] in a table of n + 1 entries without handling n = 1, where dp[2] does not exist
class Solution:
    def climbStairs(self, n):
        dp = [0] * (n + 1)
        dp[1] = 1
        dp[2] = 2
        for i in range(3, n + 1):
            dp[i] = dp[i - 1] + dp[i - 2]
        return dp[n]
