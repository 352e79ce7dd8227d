# verdict: wrong_answer
# mistake: asks the reach to pass the last index (reach > n - 1) instead of reaching it
class Solution:
    def canJump(self, nums):
        reach = 0
        for i, jump in enumerate(nums):
            if i > reach:
                return False
            reach = max(reach, i + jump)
            if reach > len(nums) - 1:
                return True
        return False
