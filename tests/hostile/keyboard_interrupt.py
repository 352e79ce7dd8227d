# verdict: runtime_error
# why: KeyboardInterrupt raised by the solution is its failure, not a Ctrl-C of drill
class Solution:
    def twoSum(self, nums, target):
        raise KeyboardInterrupt
