# verdict: wrong_answer
# mistake: starts from ways(0) = ways(1) = 1 but loops n times instead of n - 1, answering for n + 1 steps
class Solution:
    def climbStairs(self, n):
        a, b = 1, 1
        for _ in range(n):
            a, b = b, a + b
        return b
