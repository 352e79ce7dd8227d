# verdict: wrong_answer
# mistake: pops every freed room before each meeting but returns the heap's final size, not its largest
class Solution:
    def minMeetingRooms(self, intervals):
        intervals.sort()
        ends = []
        for s, e in intervals:
            while ends and ends[0] <= s:
                heapq.heappop(ends)
            heapq.heappush(ends, e)
        return len(ends)
