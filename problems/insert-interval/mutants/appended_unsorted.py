# verdict: wrong_answer
# mistake: merges the overlapping ranges into the new one but appends it at the end instead of in order
class Solution:
    def insert(self, intervals, newInterval):
        start, end = newInterval
        out = []
        for s, e in intervals:
            if e < start or s > end:
                out.append([s, e])
            else:
                start, end = min(start, s), max(end, e)
        out.append([start, end])
        return out
