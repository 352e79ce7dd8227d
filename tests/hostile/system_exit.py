# verdict: runtime_error
# why: raise SystemExit is caught like any other BaseException
class Solution:
    def twoSum(self, nums, target):
        raise SystemExit("bye")
