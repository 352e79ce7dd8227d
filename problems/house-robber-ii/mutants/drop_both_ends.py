# verdict: wrong_answer
# mistake: drops both the first and the last house at once, instead of one or the other
class Solution:
    def rob(self, nums):
        if len(nums) <= 3:
            return max(nums)
        two_back = one_back = 0
        for money in nums[1:-1]:
            two_back, one_back = one_back, max(one_back, two_back + money)
        return one_back
