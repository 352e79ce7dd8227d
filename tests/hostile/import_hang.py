# verdict: time_limit_exceeded
# why: the file never finishes loading; the load has a deadline of its own
import time

time.sleep(100)


class Solution:
    def twoSum(self, nums, target):
        return [0, 1]
