# verdict: time_limit_exceeded
# mistake: recursing on n - 1 and n - 2 without remembering answers recomputes the same steps exponentially often
class Solution:
    def climbStairs(self, n):
        if n <= 2:
            return n
        return self.climbStairs(n - 1) + self.climbStairs(n - 2)
