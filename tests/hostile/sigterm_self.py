# verdict: runtime_error
# why: the worker killed by SIGTERM answers nothing
import os
import signal


class Solution:
    def twoSum(self, nums, target):
        os.kill(os.getpid(), signal.SIGTERM)
        return [0, 1]
