# verdict: wrong_answer
# mistake: reads ways[t - x] without checking x <= t; a negative index wraps to the end of the table instead of failing
class Solution:
    def combinationSum4(self, nums, target):
        ways = [1] + [0] * target
        for t in range(1, target + 1):
            for x in nums:
                ways[t] += ways[t - x]
        return ways[target]
