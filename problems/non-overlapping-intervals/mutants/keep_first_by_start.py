# verdict: wrong_answer
# mistake: sorts by start and on a clash always deletes the newcomer, even when it ends earlier
class Solution:
    def eraseOverlapIntervals(self, intervals):
        intervals.sort()
        removed = 0
        last_end = -math.inf
        for s, e in intervals:
            if s >= last_end:
                last_end = e
            else:
                removed += 1
        return removed
