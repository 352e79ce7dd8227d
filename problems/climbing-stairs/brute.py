from math import comb


class Solution:
    def climbStairs(self, n: int) -> int:
        # Count by the number k of two-steps: such a climb has n - k moves in
        # all, and any k of them may be the two-steps.
        return sum(comb(n - k, k) for k in range(n // 2 + 1))
