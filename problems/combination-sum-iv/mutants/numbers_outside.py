# verdict: wrong_answer
# mistake: loops over the numbers outside the totals (the coin-combinations order), which counts each multiset once instead of each ordering
class Solution:
    def combinationSum4(self, nums, target):
        ways = [1] + [0] * target
        for x in nums:
            for t in range(x, target + 1):
                ways[t] += ways[t - x]
        return ways[target]
