# verdict: wrong_answer
# mistake: looks for a gap between neighbours of the sorted list, which cannot see a missing 0
class Solution:
    def missingNumber(self, nums):
        nums = sorted(nums)
        for a, b in zip(nums, nums[1:]):
            if b - a > 1:
                return a + 1
        return len(nums)
