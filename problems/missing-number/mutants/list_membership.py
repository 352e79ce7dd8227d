# verdict: accepted
# optimal: false
# mistake: asks `i in nums` on the list for every i: each test is a linear scan, O(n²)
class Solution:
    def missingNumber(self, nums):
        for i in range(len(nums) + 1):
            if i not in nums:
                return i
