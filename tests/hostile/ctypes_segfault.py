# verdict: runtime_error
# why: a segmentation fault kills the worker with SIGSEGV; the judge reports how it died
import ctypes


class Solution:
    def twoSum(self, nums, target):
        return ctypes.cast(1, ctypes.POINTER(ctypes.c_int)).contents.value
