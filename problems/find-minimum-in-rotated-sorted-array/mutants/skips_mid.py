# verdict: wrong_answer
# mistake: moves the right end to mid - 1 when the right half is sorted, although the middle may be the minimum itself
class Solution:
    def findMin(self, nums):
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
        return nums[lo]
