# verdict: accepted
# why: closing fds 1 and 2 and replacing sys.stdout must not disturb the judge's channel
import os
import sys


class Broken:
    def write(self, text):
        raise OSError("no")

    def flush(self):
        raise OSError("no")


class Solution:
    def twoSum(self, nums, target):
        for fd in (1, 2):
            try:
                os.close(fd)
            except OSError:
                pass
        sys.stdout = Broken()
        sys.stderr = None
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
