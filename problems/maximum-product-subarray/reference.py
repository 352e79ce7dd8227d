class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # hi / lo: the largest and smallest product of a run that ends at the
        # current element. A negative element swaps their roles, so both are kept.
        best = hi = lo = nums[0]
        for x in nums[1:]:
            if x < 0:
                hi, lo = lo, hi
            hi = max(x, hi * x)
            lo = min(x, lo * x)
            if hi > best:
                best = hi
        return best
