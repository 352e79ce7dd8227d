# verdict: runtime_error
# mistake: starts from intervals[0] without handling a day with no meetings
class Solution:
    def canAttendMeetings(self, intervals):
        intervals.sort()
        prev_end = intervals[0][1]
        for s, e in intervals[1:]:
            if s < prev_end:
                return False
            prev_end = e
        return True
