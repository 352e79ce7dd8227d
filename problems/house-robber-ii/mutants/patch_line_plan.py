# verdict: wrong_answer
# mistake: solves the straight line, and when its plan robs both ends, just gives back the smaller end instead of re-solving
class Solution:
    def rob(self, nums):
        n = len(nums)
        if n == 1:
            return nums[0]
        # best[k], and whether that best plan for the first k houses robs house 0
        best = [(0, False), (nums[0], True)]
        for k in range(2, n + 1):
            skip, skip_first = best[k - 1]
            take, take_first = best[k - 2]
            take += nums[k - 1]
            best.append((take, take_first) if take > skip else (skip, skip_first))
        total, robs_first = best[n]
        plan_robs_last = best[n][0] != best[n - 1][0]
        if robs_first and plan_robs_last:
            total -= min(nums[0], nums[-1])
        return total
