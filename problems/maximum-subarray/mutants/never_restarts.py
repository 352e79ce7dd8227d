# verdict: wrong_answer
# mistake: the running sum never restarts, so only runs that begin at index 0 are considered
class Solution:
    def maxSubArray(self, nums):
        best = nums[0]
        running = 0
        for x in nums:
            running += x
            best = max(best, running)
        return best
