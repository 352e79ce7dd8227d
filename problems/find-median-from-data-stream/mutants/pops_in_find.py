# verdict: wrong_answer
# mistake: findMedian pops the middle value off the heap instead of peeking at it, so asking twice changes the answer
class MedianFinder:
    def __init__(self):
        self.low, self.high = [], []

    def addNum(self, num):
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self):
        if len(self.low) > len(self.high):
            return float(-heapq.heappop(self.low))
        return (-self.low[0] + self.high[0]) / 2
