# verdict: runtime_error
# why: an exception whose __str__ never returns; the worker describes it without calling __str__ for ever
class Stuck(Exception):
    def __str__(self):
        while True:
            pass


class Solution:
    def twoSum(self, nums, target):
        raise Stuck()
