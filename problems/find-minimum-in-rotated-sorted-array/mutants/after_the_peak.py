# verdict: runtime_error
# mistake: finds the largest element and returns the one after it, which runs off the end when the list is not rotated
class Solution:
    def findMin(self, nums):
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if nums[mid] > nums[0]:
                lo = mid
            else:
                hi = mid - 1
        return nums[lo + 1]
