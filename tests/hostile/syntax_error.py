# verdict: compile_error
# why: a syntax error is reported with its line
class Solution:
    def twoSum(self, nums, target)
        return []
