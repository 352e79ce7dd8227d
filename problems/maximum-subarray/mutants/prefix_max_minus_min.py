# verdict: wrong_answer
# mistake: takes the largest prefix sum minus the smallest one without requiring the smallest to come first
class Solution:
    def maxSubArray(self, nums):
        prefix = [0]
        for x in nums:
            prefix.append(prefix[-1] + x)
        if max(nums) < 0:
            return max(nums)
        return max(prefix) - min(prefix)
