# verdict: runtime_error
# why: os._exit(0) ends the worker without an answer; "exit status 0" is still no answer
import os


class Solution:
    def twoSum(self, nums, target):
        os._exit(0)
