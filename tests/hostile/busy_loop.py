# verdict: time_limit_exceeded
# why: a busy loop never returns; the wall-clock deadline kills the worker's process group
class Solution:
    def twoSum(self, nums, target):
        while True:
            pass
