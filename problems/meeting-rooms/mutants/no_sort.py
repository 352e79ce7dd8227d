# verdict: wrong_answer
# mistake: compares neighbours in the order given, without sorting by start
class Solution:
    def canAttendMeetings(self, intervals):
        for i in range(1, len(intervals)):
            if intervals[i][0] < intervals[i - 1][1]:
                return False
        return True
