# verdict: wrong_answer
# mistake: compares the middle with the left end, which cannot tell a sorted list from one whose drop lies to the right
class Solution:
    def findMin(self, nums):
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] >= nums[lo]:
                lo = mid + 1
            else:
                hi = mid
        return nums[lo]
