# verdict: wrong_answer
# mistake: counts meetings that clash with the previous one in start order, plus one
class Solution:
    def minMeetingRooms(self, intervals):
        intervals.sort()
        rooms = 1
        for i in range(1, len(intervals)):
            if intervals[i][0] < intervals[i - 1][1]:
                rooms += 1
        return rooms
