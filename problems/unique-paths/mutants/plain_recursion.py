# verdict: time_limit_exceeded
# mistake: recurses on "came from above or from the left" without a memo, so it makes about one call per route
class Solution:
    def uniquePaths(self, m, n):
        if m == 1 or n == 1:
            return 1
        return self.uniquePaths(m - 1, n) + self.uniquePaths(m, n - 1)
