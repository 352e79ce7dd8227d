# verdict: runtime_error
# why: sys.exit(0) raises SystemExit, which the worker catches around every call
import sys


class Solution:
    def twoSum(self, nums, target):
        sys.exit(0)
