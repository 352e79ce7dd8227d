# verdict: time_limit_exceeded
# mistake: tries taking or skipping every element without a memo: 2^n subsequences
class Solution:
    def lengthOfLIS(self, nums):
        def best(i, prev):
            if i == len(nums):
                return 0
            skip = best(i + 1, prev)
            if nums[i] > prev:
                return max(skip, 1 + best(i + 1, nums[i]))
            return skip

        return best(0, float("-inf"))
