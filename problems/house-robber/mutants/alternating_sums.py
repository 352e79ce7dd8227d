# verdict: wrong_answer
# mistake: compares the sum of the even positions with the sum of the odd positions, as if the best plan always alternates
class Solution:
    def rob(self, nums):
        return max(sum(nums[0::2]), sum(nums[1::2]))
