# verdict: time_limit_exceeded
# mistake: checks every pair of meetings: correct, but O(n^2)
class Solution:
    def canAttendMeetings(self, intervals):
        for i in range(len(intervals)):
            for j in range(i + 1, len(intervals)):
                if intervals[i][0] < intervals[j][1] and intervals[j][0] < intervals[i][1]:
                    return False
        return True
