# verdict: wrong_answer
# mistake: a take-or-skip recursion whose 'previous value' starts at 0, so negative numbers can never be taken first
from functools import lru_cache


class Solution:
    def lengthOfLIS(self, nums):
        @lru_cache(maxsize=None)
        def best(i, prev):
            if i == len(nums):
                return 0
            skip = best(i + 1, prev)
            if nums[i] > prev:
                return max(skip, 1 + best(i + 1, nums[i]))
            return skip

        return best(0, 0)
