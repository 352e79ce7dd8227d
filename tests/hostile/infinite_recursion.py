# verdict: runtime_error
# why: unbounded recursion hits the worker's recursion limit (RecursionError), not a crash of drill
class Solution:
    def twoSum(self, nums, target):
        return self.twoSum(nums, target + 1)
