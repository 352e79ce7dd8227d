# verdict: wrong_answer
# mistake: Gauss's sum over 0..n-1 instead of 0..n
class Solution:
    def missingNumber(self, nums):
        n = len(nums)
        return n * (n - 1) // 2 - sum(nums)
