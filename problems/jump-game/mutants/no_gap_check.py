# verdict: wrong_answer
# mistake: updates the farthest reach from every index without checking that the index itself can be reached
class Solution:
    def canJump(self, nums):
        reach = 0
        for i, jump in enumerate(nums):
            reach = max(reach, i + jump)
        return reach >= len(nums) - 1
