# verdict: accepted
# optimal: false
# mistake: rotates the list back one step at a time with pop(0) until it is sorted: each step shifts the whole list, quadratic overall
class Solution:
    def findMin(self, nums):
        while nums[0] > nums[-1]:
            nums.append(nums.pop(0))
        return nums[0]
