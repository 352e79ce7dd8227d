class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # Every start position, extending the run one element at a time.
        best = nums[0]
        n = len(nums)
        for i in range(n):
            product = 1
            for j in range(i, n):
                product *= nums[j]
                if product > best:
                    best = product
        return best
