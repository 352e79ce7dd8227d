# verdict: wrong_answer
# mistake: treats every 0 before the end as a dead end, although a longer jump from earlier can pass it
class Solution:
    def canJump(self, nums):
        return 0 not in nums[:-1]
