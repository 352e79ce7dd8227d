# verdict: time_limit_exceeded
# mistake: builds each amount from every split into two smaller amounts, O(amount²) instead of O(amount · coins)
class Solution:
    def coinChange(self, coins, amount):
        INF = float("inf")
        dp = [INF] * (amount + 1)
        dp[0] = 0
        single = set(coins)
        for a in range(1, amount + 1):
            if a in single:
                dp[a] = 1
                continue
            best = INF
            for left in range(1, a // 2 + 1):
                v = dp[left] + dp[a - left]
                if v < best:
                    best = v
            dp[a] = best
        return dp[amount] if dp[amount] != INF else -1
