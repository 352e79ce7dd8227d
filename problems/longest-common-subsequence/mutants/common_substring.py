# verdict: wrong_answer
# mistake: resets the count to 0 on a mismatch, which finds the longest common substring (contiguous), not subsequence
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        n, m = len(text1), len(text2)
        dp = [[0] * (m + 1) for _ in range(n + 1)]
        best = 0
        for i in range(1, n + 1):
            for j in range(1, m + 1):
                if text1[i - 1] == text2[j - 1]:
                    dp[i][j] = dp[i - 1][j - 1] + 1
                    best = max(best, dp[i][j])
        return best
