# verdict: wrong_answer
# mistake: runs the min-heap of end times over the meetings in the given order, without sorting by start
class Solution:
    def minMeetingRooms(self, intervals):
        ends = []
        for s, e in intervals:
            if ends and ends[0] <= s:
                heapq.heapreplace(ends, e)
            else:
                heapq.heappush(ends, e)
        return len(ends)
