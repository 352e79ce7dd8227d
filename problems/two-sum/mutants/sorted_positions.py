# verdict: wrong_answer
# mistake: two pointers over the sorted values return positions in the sorted list
class Solution:
    def twoSum(self, nums, target):
        s = sorted(nums)
        lo, hi = 0, len(s) - 1
        while lo < hi:
            total = s[lo] + s[hi]
            if total == target:
                return [lo, hi]
            if total < target:
                lo += 1
            else:
                hi -= 1
        return []
