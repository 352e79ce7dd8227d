# verdict: wrong_answer
# mistake: an n-by-m table without an empty row and column whose first row and column only record 'this pair is equal' instead of carrying earlier matches along
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        n, m = len(text1), len(text2)
        dp = [[0] * m for _ in range(n)]
        for j in range(m):
            dp[0][j] = 1 if text1[0] == text2[j] else 0
        for i in range(n):
            dp[i][0] = 1 if text1[i] == text2[0] else 0
        for i in range(1, n):
            for j in range(1, m):
                if text1[i] == text2[j]:
                    dp[i][j] = dp[i - 1][j - 1] + 1
                else:
                    dp[i][j] = max(dp[i - 1][j], dp[i][j - 1])
        return dp[n - 1][m - 1]
