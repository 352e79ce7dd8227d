# verdict: wrong_answer
# mistake: the recurrence always robs house i on top of house i - 2, so a plan that skips two houses in a row is never built
class Solution:
    def rob(self, nums):
        n = len(nums)
        if n == 1:
            return nums[0]
        take = nums[:]  # take[i]: house i robbed, previous robbed house is i - 2
        for i in range(2, n):
            take[i] = nums[i] + take[i - 2]
        return max(take[-1], take[-2])
