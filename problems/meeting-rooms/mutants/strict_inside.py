# verdict: wrong_answer
# mistake: looks for a start strictly inside the previous meeting, so equal starts never clash
class Solution:
    def canAttendMeetings(self, intervals):
        intervals.sort()
        for i in range(1, len(intervals)):
            if intervals[i - 1][0] < intervals[i][0] < intervals[i - 1][1]:
                return False
        return True
