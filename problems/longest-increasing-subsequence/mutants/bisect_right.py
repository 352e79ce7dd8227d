# verdict: wrong_answer
# mistake: the patience method with bisect_right, which appends a value equal to the last tail instead of replacing it
from bisect import bisect_right


class Solution:
    def lengthOfLIS(self, nums):
        tails = []
        for x in nums:
            k = bisect_right(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
