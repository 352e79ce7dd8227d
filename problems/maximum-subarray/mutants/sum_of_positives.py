# verdict: wrong_answer
# mistake: adds up every positive number, although they need not be consecutive
class Solution:
    def maxSubArray(self, nums):
        positives = [x for x in nums if x > 0]
        return sum(positives) if positives else max(nums)
