# verdict: runtime_error
# why: with the recursion limit lifted, recursion through a C call (sorted with a key) overflows the C stack: SIGSEGV
import sys

sys.setrecursionlimit(10**9)


def dive(n):
    return sorted([n], key=lambda m: dive(m + 1))


class Solution:
    def twoSum(self, nums, target):
        return dive(0)
