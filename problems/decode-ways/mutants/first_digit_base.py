# verdict: wrong_answer
# mistake: sets the base case for the first digit to 1 without checking that it is not "0"
class Solution:
    def numDecodings(self, s):
        n = len(s)
        dp = [0] * (n + 1)
        dp[0] = 1
        dp[1] = 1
        for i in range(2, n + 1):
            if s[i - 1] != "0":
                dp[i] += dp[i - 1]
            if "10" <= s[i - 2 : i] <= "26":
                dp[i] += dp[i - 2]
        return dp[n]
