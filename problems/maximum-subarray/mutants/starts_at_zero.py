# verdict: wrong_answer
# mistake: the best sum starts at 0 and the running sum is clamped at 0, so an all-negative array reports the empty run's 0
class Solution:
    def maxSubArray(self, nums):
        best = running = 0
        for x in nums:
            running = max(running + x, 0)
            best = max(best, running)
        return best
