# verdict: wrong_answer
# mistake: takes the most meetings that overlap any single meeting, though they need not overlap each other
class Solution:
    def minMeetingRooms(self, intervals):
        best = 0
        for a, b in intervals:
            count = sum(1 for c, d in intervals if c < b and a < d)
            best = max(best, count)
        return best
