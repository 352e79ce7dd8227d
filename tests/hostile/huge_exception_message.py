# verdict: runtime_error
# why: a 50 MB exception message is cut short in the report
class Solution:
    def twoSum(self, nums, target):
        raise ValueError("x" * 50_000_000)
