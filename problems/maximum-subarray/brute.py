class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        best = nums[0]
        n = len(nums)
        for start in range(n):
            total = 0
            for end in range(start, n):
                total += nums[end]
                best = max(best, total)
        return best
