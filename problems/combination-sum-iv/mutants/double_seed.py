# verdict: wrong_answer
# mistake: seeds ways[x] = 1 for every number as well as ways[0] = 1, so each one-number sequence is counted twice
class Solution:
    def combinationSum4(self, nums, target):
        ways = [0] * (target + 1)
        ways[0] = 1
        for x in nums:
            if x <= target:
                ways[x] = 1
        for t in range(1, target + 1):
            ways[t] += sum(ways[t - x] for x in nums if x <= t)
        return ways[target]
