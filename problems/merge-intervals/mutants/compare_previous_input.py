# verdict: wrong_answer
# mistake: compares each range with the previous input range instead of the group built so far
class Solution:
    def merge(self, intervals):
        intervals = sorted(intervals)
        merged = [list(intervals[0])]
        for i in range(1, len(intervals)):
            start, end = intervals[i]
            if start <= intervals[i - 1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
