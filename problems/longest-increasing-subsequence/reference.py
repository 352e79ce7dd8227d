from bisect import bisect_left


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # tails[k] = the smallest value that can end a strictly increasing
        # subsequence of length k + 1 among the elements seen so far. It is
        # strictly increasing, so binary search finds where x belongs.
        tails = []
        for x in nums:
            k = bisect_left(tails, x)  # first tail >= x (strict: an equal tail is replaced, not extended)
            if k == len(tails):
                tails.append(x)  # x extends the longest subsequence found so far
            else:
                tails[k] = x  # x ends a length-(k + 1) subsequence with a smaller tail
        # tails is not itself a subsequence of nums; only its length is the answer.
        return len(tails)
