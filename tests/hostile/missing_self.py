# verdict: compile_error
# why: a method without self cannot be called with (nums, target)
class Solution:
    def twoSum(nums, target):
        return [0, 1]
