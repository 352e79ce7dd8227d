# verdict: wrong_answer
# mistake: counts ranges that only touch as overlapping (`>` where `>=` is needed)
class Solution:
    def eraseOverlapIntervals(self, intervals):
        kept, last_end = 0, -math.inf
        for s, e in sorted(intervals, key=lambda iv: iv[1]):
            if s > last_end:
                kept += 1
                last_end = e
        return len(intervals) - kept
