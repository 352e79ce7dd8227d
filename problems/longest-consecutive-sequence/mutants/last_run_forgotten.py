# verdict: wrong_answer
# mistake: records a run's length only when the run breaks, so the run at the top of the sorted values is never counted
class Solution:
    def longestConsecutive(self, nums):
        if not nums:
            return 0
        nums = sorted(set(nums))
        best = 0
        cur = 1
        for i in range(1, len(nums)):
            if nums[i] == nums[i - 1] + 1:
                cur += 1
            else:
                best = max(best, cur)
                cur = 1
        return max(best, 1)
