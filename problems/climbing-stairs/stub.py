class Solution:
    def climbStairs(self, n: int) -> int:
        pass
