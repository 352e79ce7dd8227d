# verdict: time_limit_exceeded
# mistake: memoises "can index i reach the end?" but still tries every jump length from every index: O(n^2), too slow at 10^4
class Solution:
    def canJump(self, nums):
        last = len(nums) - 1
        memo = {}

        def can(i):
            if i >= last:
                return True
            if i not in memo:
                memo[i] = any(can(i + step) for step in range(nums[i], 0, -1))
            return memo[i]

        return can(0)
