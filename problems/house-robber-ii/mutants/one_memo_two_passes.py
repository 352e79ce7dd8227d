# verdict: wrong_answer
# mistake: uses one memo, keyed by index, for both passes, so the second pass reads the first pass's answers
class Solution:
    def rob(self, nums):
        n = len(nums)
        if n == 1:
            return nums[0]
        memo = {}

        def best(i, end):
            # the most from houses i..end-1 in a line
            if i >= end:
                return 0
            if i not in memo:
                memo[i] = max(best(i + 1, end), nums[i] + best(i + 2, end))
            return memo[i]

        return max(best(0, n - 1), best(1, n))
