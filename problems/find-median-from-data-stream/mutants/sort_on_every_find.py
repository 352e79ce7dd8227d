# verdict: time_limit_exceeded
# mistake: appends in addNum and sorts the whole list in every findMedian: a full pass per question
class MedianFinder:
    def __init__(self):
        self.values = []

    def addNum(self, num):
        self.values.append(num)

    def findMedian(self):
        s = sorted(self.values)
        n = len(s)
        if n % 2:
            return float(s[n // 2])
        return (s[n // 2 - 1] + s[n // 2]) / 2
