# verdict: wrong_answer
# mistake: sends each number to the half it belongs in but never evens out the sizes, so the heap tops stop being the middle
class MedianFinder:
    def __init__(self):
        self.low, self.high = [], []

    def addNum(self, num):
        if not self.low or num <= -self.low[0]:
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)

    def findMedian(self):
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        if len(self.high) > len(self.low):
            return float(self.high[0])
        return (-self.low[0] + self.high[0]) / 2
