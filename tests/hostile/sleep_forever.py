# verdict: time_limit_exceeded
# why: sleeping uses no CPU, so only the wall-clock deadline (not RLIMIT_CPU) can end it
import time


class Solution:
    def twoSum(self, nums, target):
        time.sleep(100)
        return [0, 1]
