# verdict: time_limit_exceeded
# mistake: tries every coin at every remainder without a memo, so the same remainders are solved exponentially often
class Solution:
    def coinChange(self, coins, amount):
        def fewest(rest):
            if rest == 0:
                return 0
            best = float("inf")
            for c in coins:
                if c <= rest:
                    best = min(best, fewest(rest - c) + 1)
            return best

        ans = fewest(amount)
        return -1 if ans == float("inf") else ans
