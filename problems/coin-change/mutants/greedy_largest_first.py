# verdict: wrong_answer
# mistake: takes as many of the largest coin as fit, then the next: fewest coins is not the same as biggest coins first
class Solution:
    def coinChange(self, coins, amount):
        count = 0
        for c in sorted(coins, reverse=True):
            count += amount // c
            amount %= c
        return count if amount == 0 else -1
