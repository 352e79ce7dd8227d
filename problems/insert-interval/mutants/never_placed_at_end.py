# verdict: wrong_answer
# mistake: adds the new range only on meeting a range that starts after it, so a range past all others is lost
class Solution:
    def insert(self, intervals, newInterval):
        start, end = newInterval
        out, placed = [], False
        for s, e in intervals:
            if e < start:
                out.append([s, e])
            elif s > end:
                if not placed:
                    out.append([start, end])
                    placed = True
                out.append([s, e])
            else:
                start, end = min(start, s), max(end, e)
        return out
