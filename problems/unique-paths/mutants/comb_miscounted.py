# verdict: wrong_answer
# mistake: counts m + n moves with m of them down, instead of m - 1 down among m + n - 2
class Solution:
    def uniquePaths(self, m, n):
        return math.comb(m + n, m)
