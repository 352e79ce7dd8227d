class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        # cheapest is the lowest price on any day before today, so
        # price - cheapest is the best sale that ends today.
        cheapest = prices[0]
        best = 0
        for price in prices[1:]:
            if price - cheapest > best:
                best = price - cheapest
            if price < cheapest:
                cheapest = price
        return best
