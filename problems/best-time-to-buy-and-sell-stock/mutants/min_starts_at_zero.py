# verdict: wrong_answer
# mistake: the running minimum starts at 0 instead of the first price, so the answer is just the highest price
class Solution:
    def maxProfit(self, prices):
        cheapest = 0
        best = 0
        for price in prices:
            cheapest = min(cheapest, price)
            best = max(best, price - cheapest)
        return best
