# verdict: wrong_answer
# mistake: takes the merged start from the first absorbed range instead of the smaller of the two starts
class Solution:
    def insert(self, intervals, newInterval):
        start, end = newInterval
        out, i, n = [], 0, len(intervals)
        while i < n and intervals[i][1] < start:
            out.append(intervals[i])
            i += 1
        if i < n and intervals[i][0] <= end:
            start = intervals[i][0]
        while i < n and intervals[i][0] <= end:
            end = max(end, intervals[i][1])
            i += 1
        out.append([start, end])
        return out + intervals[i:]
