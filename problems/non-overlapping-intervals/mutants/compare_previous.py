# verdict: wrong_answer
# mistake: compares each range with the previous one in sorted order instead of the last one kept
class Solution:
    def eraseOverlapIntervals(self, intervals):
        iv = sorted(intervals, key=lambda x: x[1])
        removed = 0
        for i in range(1, len(iv)):
            if iv[i][0] < iv[i - 1][1]:
                removed += 1
        return removed
