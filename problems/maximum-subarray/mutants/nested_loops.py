# verdict: time_limit_exceeded
# mistake: summing every run from every start is quadratic
class Solution:
    def maxSubArray(self, nums):
        best = nums[0]
        for i in range(len(nums)):
            total = 0
            for j in range(i, len(nums)):
                total += nums[j]
                if total > best:
                    best = total
        return best
