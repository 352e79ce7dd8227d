# verdict: wrong_answer
# mistake: emits a group only when a later range starts a new one, so the last group is lost
class Solution:
    def merge(self, intervals):
        out = []
        intervals = sorted(intervals)
        cur_start, cur_end = intervals[0]
        for start, end in intervals[1:]:
            if start <= cur_end:
                cur_end = max(cur_end, end)
            else:
                out.append([cur_start, cur_end])
                cur_start, cur_end = start, end
        return out
