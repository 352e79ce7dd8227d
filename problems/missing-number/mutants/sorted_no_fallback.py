# verdict: wrong_answer
# mistake: sorts and returns the first index whose value differs, with no answer when n is the one missing
class Solution:
    def missingNumber(self, nums):
        nums = sorted(nums)
        for i, x in enumerate(nums):
            if x != i:
                return i
