# verdict: wrong_answer
# mistake: stops at the first number larger than the total, which is only right when nums is sorted
class Solution:
    def combinationSum4(self, nums, target):
        ways = [1] + [0] * target
        for t in range(1, target + 1):
            for x in nums:
                if x > t:
                    break
                ways[t] += ways[t - x]
        return ways[target]
