# verdict: runtime_error
# why: input() on /dev/null raises EOFError at once instead of waiting for a keyboard
class Solution:
    def twoSum(self, nums, target):
        target = int(input())
        return [0, 1]
