# verdict: wrong_answer
# mistake: returns -1 when the amount is below every coin before handling the base case amount = 0, which needs 0 coins
class Solution:
    def coinChange(self, coins, amount):
        if amount < min(coins):
            return -1
        INF = float("inf")
        dp = [0] + [INF] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a:
                    dp[a] = min(dp[a], dp[a - c] + 1)
        return dp[amount] if dp[amount] != INF else -1
