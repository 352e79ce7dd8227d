# verdict: runtime_error
# why: a BaseException subclass that is neither Exception nor SystemExit still becomes a verdict
class Escape(BaseException):
    pass


class Solution:
    def twoSum(self, nums, target):
        raise Escape("out of here")
