# verdict: time_limit_exceeded
# mistake: comparing every pair of positions is quadratic
class Solution:
    def containsDuplicate(self, nums):
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] == nums[j]:
                    return True
        return False
