# verdict: wrong_answer
# why: an endless iterator is read back only up to a bound, then refused
import itertools


class Solution:
    def twoSum(self, nums, target):
        return itertools.count()
