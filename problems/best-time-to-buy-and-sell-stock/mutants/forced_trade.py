# verdict: wrong_answer
# mistake: best starts at the first day-to-day difference, so a falling market reports a loss instead of 0
class Solution:
    def maxProfit(self, prices):
        if len(prices) < 2:
            return 0
        cheapest = prices[0]
        best = prices[1] - prices[0]
        for price in prices[1:]:
            best = max(best, price - cheapest)
            cheapest = min(cheapest, price)
        return best
