# verdict: wrong_answer
# mistake: the loop stops one pair early and never compares the last two meetings
class Solution:
    def canAttendMeetings(self, intervals):
        intervals.sort()
        for i in range(len(intervals) - 2):
            if intervals[i + 1][0] < intervals[i][1]:
                return False
        return True
