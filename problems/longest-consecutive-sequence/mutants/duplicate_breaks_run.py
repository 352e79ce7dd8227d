# verdict: wrong_answer
# mistake: sorts without removing duplicates, so a repeated value looks like a gap and cuts the run in two
class Solution:
    def longestConsecutive(self, nums):
        if not nums:
            return 0
        nums = sorted(nums)
        best = cur = 1
        for i in range(1, len(nums)):
            if nums[i] == nums[i - 1] + 1:
                cur += 1
            else:
                cur = 1
            best = max(best, cur)
        return best
