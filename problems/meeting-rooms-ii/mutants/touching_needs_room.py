# verdict: wrong_answer
# mistake: frees a room only when the meeting ended strictly before the new one starts
class Solution:
    def minMeetingRooms(self, intervals):
        intervals.sort()
        ends = []
        for s, e in intervals:
            if ends and ends[0] < s:
                heapq.heapreplace(ends, e)
            else:
                heapq.heappush(ends, e)
        return len(ends)
