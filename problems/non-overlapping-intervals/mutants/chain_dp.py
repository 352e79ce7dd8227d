# verdict: time_limit_exceeded
# mistake: finds the longest chain of compatible ranges with an O(n^2) DP: correct, but too slow at 10^5
class Solution:
    def eraseOverlapIntervals(self, intervals):
        iv = sorted(intervals)
        n = len(iv)
        dp = [1] * n
        for i in range(n):
            for j in range(i):
                if iv[j][1] <= iv[i][0] and dp[j] + 1 > dp[i]:
                    dp[i] = dp[j] + 1
        return n - max(dp)
