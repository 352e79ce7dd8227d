# verdict: runtime_error
# why: a solution may print at most 1 MiB per call (stdout and stderr together, as LeetCode's
#   "output limit exceeded"); beyond it the write fails and the report says so
import sys


class Solution:
    def twoSum(self, nums, target):
        chunk = "x" * 1_000_000
        for _ in range(10):
            print(chunk)
            print(chunk, file=sys.stderr)
        return [0, 1]
