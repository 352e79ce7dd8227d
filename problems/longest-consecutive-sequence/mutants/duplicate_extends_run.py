# verdict: wrong_answer
# mistake: treats a step of 0 or 1 between sorted neighbours as continuing the run, so copies of a value lengthen it
class Solution:
    def longestConsecutive(self, nums):
        if not nums:
            return 0
        nums = sorted(nums)
        best = cur = 1
        for i in range(1, len(nums)):
            if nums[i] - nums[i - 1] <= 1:
                cur += 1
            else:
                cur = 1
            best = max(best, cur)
        return best
