# verdict: wrong_answer
# mistake: always takes the longest jump available, which can land on a 0 that a shorter jump would avoid
class Solution:
    def canJump(self, nums):
        i, last = 0, len(nums) - 1
        while i < last:
            if nums[i] == 0:
                return False
            i += nums[i]
        return True
