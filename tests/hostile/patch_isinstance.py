# verdict: wrong_answer
# why: isinstance and list are patched so that the judge's reading of the answer misbehaves; whatever it then
#   reads, the answer is compared in the judge's own process, so a wrong answer is never accepted
import builtins


class Solution:
    def twoSum(self, nums, target):
        builtins.isinstance = lambda obj, cls: True
        builtins.list = lambda *args: [0, 1]
        return [0, 0]
