# verdict: wrong_answer
# mistake: averages the two middle values with //, so 1 and 2 give 1 instead of 1.5 (and -1, -2 give -2)
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
            return -self.low[0]
        return (-self.low[0] + self.high[0]) // 2
