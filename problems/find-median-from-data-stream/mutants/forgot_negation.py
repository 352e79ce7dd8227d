# verdict: wrong_answer
# mistake: uses heapq directly as the lower half's max-heap, without negating, so its top is the smallest value instead of the largest
class MedianFinder:
    def __init__(self):
        self.low, self.high = [], []

    def addNum(self, num):
        heapq.heappush(self.low, num)
        heapq.heappush(self.high, heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, heapq.heappop(self.high))

    def findMedian(self):
        if len(self.low) > len(self.high):
            return float(self.low[0])
        return (self.low[0] + self.high[0]) / 2
