# verdict: wrong_answer
# mistake: replaces the last tail when x does not extend, instead of the first tail that is >= x
class Solution:
    def lengthOfLIS(self, nums):
        tails = []
        for x in nums:
            if not tails or x > tails[-1]:
                tails.append(x)
            else:
                tails[-1] = x
        return len(tails)
