# verdict: runtime_error
# why: SIGINT is delivered to the worker's main thread, not to the solution's thread
import os
import signal
import time


class Solution:
    def twoSum(self, nums, target):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.5)
        return [0, 1]
