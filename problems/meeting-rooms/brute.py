class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # Two meetings clash when each starts before the other ends.
        n = len(intervals)
        for i in range(n):
            a, b = intervals[i]
            for j in range(i + 1, n):
                c, d = intervals[j]
                if a < d and c < b:
                    return False
        return True
