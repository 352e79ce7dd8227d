# verdict: wrong_answer
# mistake: uses amount itself as the 'unreachable' marker, which is also the real answer when the amount is paid in ones
class Solution:
    def coinChange(self, coins, amount):
        dp = [0] + [amount] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a:
                    dp[a] = min(dp[a], dp[a - c] + 1)
        return dp[amount] if dp[amount] < amount or amount == 0 else -1
