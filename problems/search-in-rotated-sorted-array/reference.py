class Solution:
    def search(self, nums: List[int], target: int) -> int:
        # If target is present, its index lies in [lo, hi]. At least one of the
        # halves around mid is sorted, and only a sorted half can be tested
        # with its two ends.
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] <= nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    hi = mid - 1
                else:
                    lo = mid + 1
            else:
                if nums[mid] < target <= nums[hi]:
                    lo = mid + 1
                else:
                    hi = mid - 1
        return -1
