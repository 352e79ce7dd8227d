# verdict: wrong_answer
# mistake: sums over the number of two-steps with range(n // 2), leaving out the climb made only of two-steps
from math import comb


class Solution:
    def climbStairs(self, n):
        return sum(comb(n - k, k) for k in range(n // 2))
