# verdict: wrong_answer
# mistake: compares with <= instead of <, so equal values are counted as increasing
class Solution:
    def lengthOfLIS(self, nums):
        dp = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] <= nums[i]:
                    dp[i] = max(dp[i], dp[j] + 1)
        return max(dp)
