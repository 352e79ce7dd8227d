# verdict: accepted
# optimal: false
# mistake: undoes the turn one step at a time with pop(0) before a normal binary search: each step shifts the whole list, quadratic overall
class Solution:
    def search(self, nums, target):
        nums = list(nums)
        shift = 0
        while nums[0] > nums[-1]:
            nums.append(nums.pop(0))
            shift += 1
        i = bisect_left(nums, target)
        if i < len(nums) and nums[i] == target:
            return (i + shift) % len(nums)
        return -1
