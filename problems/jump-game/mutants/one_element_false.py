# verdict: wrong_answer
# mistake: checks only jumps from the first n - 1 indices and returns false after the loop, so a one-element list (already at the end) answers false
class Solution:
    def canJump(self, nums):
        reach = 0
        for i in range(len(nums) - 1):
            if i > reach:
                return False
            reach = max(reach, i + nums[i])
            if reach >= len(nums) - 1:
                return True
        return False
