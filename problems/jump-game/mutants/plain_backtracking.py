# verdict: time_limit_exceeded
# mistake: tries every jump from every index by recursion without remembering dead ends, which is exponential
class Solution:
    def canJump(self, nums):
        last = len(nums) - 1

        def can(i):
            if i >= last:
                return True
            for step in range(1, nums[i] + 1):
                if can(i + step):
                    return True
            return False

        return can(0)
