# verdict: wrong_answer
# mistake: the base case says there are 0 ways to stand on the floor (ways(0) = 0), so every answer shifts down one Fibonacci number
from functools import lru_cache


class Solution:
    def climbStairs(self, n):
        @lru_cache(maxsize=None)
        def ways(i):
            if i == 0:
                return 0
            if i == 1:
                return 1
            return ways(i - 1) + ways(i - 2)

        return ways(n)
