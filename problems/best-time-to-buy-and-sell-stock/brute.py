class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        best = 0
        n = len(prices)
        for buy in range(n):
            for sell in range(buy + 1, n):
                best = max(best, prices[sell] - prices[buy])
        return best
