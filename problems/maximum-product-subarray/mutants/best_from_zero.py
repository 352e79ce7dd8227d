# verdict: wrong_answer
# mistake: starts the best product at 0, so a list whose every subarray is negative answers 0
class Solution:
    def maxProduct(self, nums):
        best = 0
        hi = lo = 1
        for x in nums:
            if x < 0:
                hi, lo = lo, hi
            hi = max(x, hi * x)
            lo = min(x, lo * x)
            best = max(best, hi)
        return best
