# verdict: wrong_answer
# mistake: compares the even positions with the odd positions (dropping the last house of an odd ring), as if the best plan always alternates
class Solution:
    def rob(self, nums):
        n = len(nums)
        if n == 1:
            return nums[0]
        evens = sum(nums[0 : n - 1 if n % 2 else n : 2])
        odds = sum(nums[1::2])
        return max(evens, odds)
