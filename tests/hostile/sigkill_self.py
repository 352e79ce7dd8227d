# verdict: runtime_error
# why: the worker killed by SIGKILL answers nothing
import os
import signal


class Solution:
    def twoSum(self, nums, target):
        os.kill(os.getpid(), signal.SIGKILL)
        return [0, 1]
