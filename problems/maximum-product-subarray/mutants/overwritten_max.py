# verdict: wrong_answer
# mistake: updates the largest product first and then computes the smallest from the new value instead of the old one
class Solution:
    def maxProduct(self, nums):
        best = hi = lo = nums[0]
        for x in nums[1:]:
            hi = max(x, hi * x, lo * x)
            lo = min(x, hi * x, lo * x)
            best = max(best, hi)
        return best
