# verdict: wrong_answer
# mistake: looks for runs among neighbouring positions of the list (a +1 step from one element to the next) instead of among values
class Solution:
    def longestConsecutive(self, nums):
        if not nums:
            return 0
        best = cur = 1
        for i in range(1, len(nums)):
            cur = cur + 1 if nums[i] == nums[i - 1] + 1 else 1
            best = max(best, cur)
        return best
