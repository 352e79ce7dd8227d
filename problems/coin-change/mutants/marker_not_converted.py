# verdict: wrong_answer
# mistake: fills the table with amount + 1 for 'unreachable' but returns the table entry without turning that marker into -1
class Solution:
    def coinChange(self, coins, amount):
        dp = [0] + [amount + 1] * amount
        for a in range(1, amount + 1):
            for c in coins:
                if c <= a:
                    dp[a] = min(dp[a], dp[a - c] + 1)
        return dp[amount]
