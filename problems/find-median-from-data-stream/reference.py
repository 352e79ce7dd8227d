class MedianFinder:
    def __init__(self):
        # low: the smaller half, as a max-heap (values negated, since heapq is
        # a min-heap); high: the larger half, as a min-heap. Every value in low
        # is <= every value in high, and low holds the same number of values
        # as high or one more.
        self.low = []
        self.high = []

    def addNum(self, num: int) -> None:
        # Pass the new value through low, so the largest of low moves to high:
        # whatever num was, the order between the halves still holds.
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        # Restore the sizes: low may be ahead by one, never behind.
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        # Even count: the mean of the two middle values, as a float.
        return (-self.low[0] + self.high[0]) / 2
