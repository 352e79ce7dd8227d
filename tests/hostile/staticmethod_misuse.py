# verdict: compile_error
# why: a staticmethod that still takes self cannot be called with (nums, target)
class Solution:
    @staticmethod
    def twoSum(self, nums, target):
        return [0, 1]
