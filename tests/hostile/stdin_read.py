# verdict: accepted
# why: the worker's stdin is /dev/null, never the learner's terminal or drill's stdin, so the read returns at once
import sys


class Solution:
    def twoSum(self, nums, target):
        sys.stdin.read()
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
