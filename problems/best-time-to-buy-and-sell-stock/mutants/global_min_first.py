# verdict: wrong_answer
# mistake: buys on the overall cheapest day and sells at the best later price, missing an earlier, higher buy
class Solution:
    def maxProfit(self, prices):
        buy = prices.index(min(prices))
        later = prices[buy + 1:]
        if not later:
            return 0
        return max(0, max(later) - prices[buy])
