# verdict: wrong_answer
# mistake: a backtracking search that only moves forward in nums (a start index) counts each multiset once, not each ordering
from functools import lru_cache


class Solution:
    def combinationSum4(self, nums, target):
        nums = sorted(nums)

        @lru_cache(maxsize=None)
        def ways(rest, start):
            if rest == 0:
                return 1
            return sum(ways(rest - nums[i], i) for i in range(start, len(nums)) if nums[i] <= rest)

        return ways(target, 0)
