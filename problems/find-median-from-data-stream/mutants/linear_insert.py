# verdict: time_limit_exceeded
# mistake: keeps a sorted list but finds each insertion point by a Python loop from the front: O(n) interpreted steps per add
class MedianFinder:
    def __init__(self):
        self.values = []

    def addNum(self, num):
        i = 0
        while i < len(self.values) and self.values[i] < num:
            i += 1
        self.values.insert(i, num)

    def findMedian(self):
        v, n = self.values, len(self.values)
        if n % 2:
            return float(v[n // 2])
        return (v[n // 2 - 1] + v[n // 2]) / 2
