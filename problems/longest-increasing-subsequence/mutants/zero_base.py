# verdict: wrong_answer
# mistake: starts every DP entry at 0 instead of 1, forgetting that each element alone is an increasing subsequence
class Solution:
    def lengthOfLIS(self, nums):
        dp = [0] * len(nums)
        for i in range(len(nums)):
            for j in range(i):
                if nums[j] < nums[i]:
                    dp[i] = max(dp[i], dp[j] + 1)
        return max(dp)
