# verdict: wrong_answer
# mistake: starts the best length at 1, so an empty list reports a run of 1
class Solution:
    def longestConsecutive(self, nums):
        nums = sorted(set(nums))
        best = cur = 1
        for i in range(1, len(nums)):
            if nums[i] == nums[i - 1] + 1:
                cur += 1
                best = max(best, cur)
            else:
                cur = 1
        return best
