# verdict: wrong_answer
# mistake: starts with last_end = 0, which is not "before everything" when starts can be negative
class Solution:
    def eraseOverlapIntervals(self, intervals):
        kept, last_end = 0, 0
        for s, e in sorted(intervals, key=lambda iv: iv[1]):
            if s >= last_end:
                kept += 1
                last_end = e
        return len(intervals) - kept
