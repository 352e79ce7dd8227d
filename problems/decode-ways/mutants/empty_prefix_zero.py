# verdict: wrong_answer
# mistake: gives the empty prefix 0 readings instead of 1, so a two-digit piece at the start is never counted
class Solution:
    def numDecodings(self, s):
        n = len(s)
        dp = [0] * (n + 1)
        dp[0] = 0
        dp[1] = 1 if s[0] != "0" else 0
        for i in range(2, n + 1):
            if s[i - 1] != "0":
                dp[i] += dp[i - 1]
            if "10" <= s[i - 2 : i] <= "26":
                dp[i] += dp[i - 2]
        return dp[n]
