# verdict: wrong_answer
# mistake: counts every way to cut the climb into moves (2^(n-1)), which allows moves longer than two steps
class Solution:
    def climbStairs(self, n):
        return 2 ** (n - 1)
