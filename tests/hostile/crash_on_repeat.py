# verdict: runtime_error
# why: a quadratic solution that dies on the second call with the same input: the scale stage measures each
#   size up to three times, and a failure on any of them is the verdict (never a free "0 s" measurement)
import os

_seen = set()


class Solution:
    def twoSum(self, nums, target):
        key = (len(nums), target)
        if len(nums) >= 500 and key in _seen:
            os._exit(0)
        _seen.add(key)
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
