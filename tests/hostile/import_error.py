# verdict: compile_error
# why: an import that fails while loading is the file's failure to load
import numpyy  # noqa: F401


class Solution:
    def twoSum(self, nums, target):
        return [0, 1]
