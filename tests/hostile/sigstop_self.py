# verdict: time_limit_exceeded
# why: a stopped worker answers nothing; the deadline kills it (SIGKILL ends stopped processes too)
import os
import signal


class Solution:
    def twoSum(self, nums, target):
        os.kill(os.getpid(), signal.SIGSTOP)
        return [0, 1]
