# verdict: time_limit_exceeded
# mistake: multiplies out the run from every start position: quadratic at 2·10^4 elements
class Solution:
    def maxProduct(self, nums):
        best = nums[0]
        for i in range(len(nums)):
            p = 1
            for j in range(i, len(nums)):
                p *= nums[j]
                best = max(best, p)
        return best
