# verdict: wrong_answer
# mistake: scans prefix and suffix products but never restarts them after a zero, so everything past a zero stays 0
class Solution:
    def maxProduct(self, nums):
        best = nums[0]
        left = right = 1
        n = len(nums)
        for i in range(n):
            left *= nums[i]
            right *= nums[n - 1 - i]
            best = max(best, left, right)
        return best
