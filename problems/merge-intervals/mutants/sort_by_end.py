# verdict: wrong_answer
# mistake: sorts by end instead of start, so a group can keep a start that is too late
class Solution:
    def merge(self, intervals):
        merged = []
        for start, end in sorted(intervals, key=lambda iv: iv[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
