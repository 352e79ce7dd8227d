# verdict: wrong_answer
# mistake: keeps the numbers sorted but always returns the element at index n // 2, the upper middle, even for an even count
class MedianFinder:
    def __init__(self):
        self.values = []

    def addNum(self, num):
        bisect.insort(self.values, num)

    def findMedian(self):
        return float(self.values[len(self.values) // 2])
