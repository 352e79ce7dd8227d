# verdict: wrong_answer
# mistake: solves the street as a straight line, forgetting that the last house touches the first
class Solution:
    def rob(self, nums):
        two_back = one_back = 0
        for money in nums:
            two_back, one_back = one_back, max(one_back, two_back + money)
        return one_back
