# verdict: wrong_answer
# mistake: returns the DP entry of the last index, which is only the best subsequence ending there, not the best overall
class Solution:
    def lengthOfLIS(self, nums):
        dp = [1] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i]:
                    dp[i] = max(dp[i], dp[j] + 1)
        return dp[-1]
