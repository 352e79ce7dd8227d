# verdict: runtime_error
# mistake: reads intervals[0] to decide where the new range goes, without handling an empty list
class Solution:
    def insert(self, intervals, newInterval):
        if newInterval[1] < intervals[0][0]:
            return [newInterval] + intervals
        start, end = newInterval
        out, i, n = [], 0, len(intervals)
        while i < n and intervals[i][1] < start:
            out.append(intervals[i])
            i += 1
        while i < n and intervals[i][0] <= end:
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        out.append([start, end])
        return out + intervals[i:]
