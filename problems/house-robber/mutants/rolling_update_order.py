# verdict: wrong_answer
# mistake: with two rolling variables, overwrites best(k-2) before it is used, so the new best adds neighbouring houses
class Solution:
    def rob(self, nums):
        two_back = one_back = 0
        for money in nums:
            two_back = one_back
            one_back = max(one_back, two_back + money)
        return one_back
