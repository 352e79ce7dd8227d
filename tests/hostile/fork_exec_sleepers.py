# verdict: accepted
# why: children that outlive the answer are in the worker's process group and die with it at the end of the check
import os

MARKER = "drill-hostile-survivor:" + os.getcwd().rsplit(os.sep + "drill-worker-", 1)[0]
_forked = []


class Solution:
    def twoSum(self, nums, target):
        if not _forked:
            for _ in range(3):
                pid = os.fork()
                if pid == 0:
                    try:
                        os.execvp("sleep", [MARKER, "1000"])
                    finally:
                        os._exit(1)
                _forked.append(pid)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
