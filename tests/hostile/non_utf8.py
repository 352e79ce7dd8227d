# verdict: compile_error
# why: the file is Latin-1, not UTF-8
# café
class Solution:
    def twoSum(self, nums, target):
        return [0, 1]
