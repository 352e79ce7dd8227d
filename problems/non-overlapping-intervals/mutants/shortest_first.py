# verdict: wrong_answer
# mistake: keeps the shortest ranges first, which is not the same as the earliest-ending ones
class Solution:
    def eraseOverlapIntervals(self, intervals):
        kept = []
        for s, e in sorted(intervals, key=lambda iv: iv[1] - iv[0]):
            if all(e <= a or b <= s for a, b in kept):
                kept.append((s, e))
        return len(intervals) - len(kept)
