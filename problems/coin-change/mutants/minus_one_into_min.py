# verdict: wrong_answer
# mistake: a memoised recursion returns -1 for 'impossible' and then takes min() over sub-answers, so -1 + 1 = 0 looks like the best count
from functools import lru_cache


class Solution:
    def coinChange(self, coins, amount):
        @lru_cache(maxsize=None)
        def fewest(rest):
            if rest == 0:
                return 0
            if rest < 0:
                return -1
            return min(fewest(rest - c) + 1 for c in coins)

        return fewest(amount)
