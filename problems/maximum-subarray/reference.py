class Solution:
    def maxSubArray(self, nums: List[int]) -> int:
        # ending_here is the best sum of a run that ends at the current element.
        ending_here = best = nums[0]
        for x in nums[1:]:
            ending_here = x if ending_here < 0 else ending_here + x
            if ending_here > best:
                best = ending_here
        return best
