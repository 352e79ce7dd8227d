# verdict: compile_error
# why: the entry point is twoSum (or two_sum)
class Solution:
    def two_summ(self, nums, target):
        return [0, 1]
