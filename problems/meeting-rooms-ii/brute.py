class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # The busiest moment is always some meeting's start: count, for every
        # start t, the meetings with start <= t < end.
        best = 0
        for t, _ in intervals:
            busy = 0
            for s, e in intervals:
                if s <= t < e:
                    busy += 1
            best = max(best, busy)
        return best
