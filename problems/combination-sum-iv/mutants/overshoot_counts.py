# verdict: wrong_answer
# mistake: a memoised recursion whose base case returns 1 for any remainder <= 0, so overshooting the target counts as reaching it
from functools import lru_cache


class Solution:
    def combinationSum4(self, nums, target):
        @lru_cache(maxsize=None)
        def ways(rest):
            if rest <= 0:
                return 1
            return sum(ways(rest - x) for x in nums)

        return ways(target)
