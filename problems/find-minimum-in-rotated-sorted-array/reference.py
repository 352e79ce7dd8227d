class Solution:
    def findMin(self, nums: List[int]) -> int:
        # The minimum always lies in nums[lo..hi]. Comparing the middle with the
        # right end tells which side of the drop the middle is on.
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
