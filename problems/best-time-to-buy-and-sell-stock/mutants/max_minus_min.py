# verdict: wrong_answer
# mistake: returns max(prices) - min(prices), ignoring that the sale must come after the purchase
class Solution:
    def maxProfit(self, prices):
        return max(prices) - min(prices)
