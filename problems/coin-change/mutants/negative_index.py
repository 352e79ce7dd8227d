# verdict: wrong_answer
# mistake: reads dp[a - c] without checking c <= a; a negative index wraps to the end of the table instead of failing
class Solution:
    def coinChange(self, coins, amount):
        INF = float("inf")
        dp = [0] + [INF] * amount
        for a in range(1, amount + 1):
            for c in coins:
                dp[a] = min(dp[a], dp[a - c] + 1)
        return dp[amount] if dp[amount] != INF else -1
