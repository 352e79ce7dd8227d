# verdict: wrong_answer
# mistake: restarts whenever the element is negative instead of when the running sum is, so a small dip splits a good run
class Solution:
    def maxSubArray(self, nums):
        best = nums[0]
        running = 0
        for x in nums:
            if x < 0:
                running = x
            else:
                running = max(running, 0) + x
            best = max(best, running)
        return best
