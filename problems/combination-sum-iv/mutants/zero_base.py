# verdict: wrong_answer
# mistake: the base case counts no way to make 0 (ways[0] = 0), so nothing is ever counted
class Solution:
    def combinationSum4(self, nums, target):
        ways = [0] * (target + 1)
        for t in range(1, target + 1):
            ways[t] = sum(ways[t - x] for x in nums if x <= t)
        return ways[target]
