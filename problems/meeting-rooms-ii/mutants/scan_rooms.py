# verdict: accepted
# optimal: false
# mistake: finds the room that frees earliest by looping over every open room: correct, but O(n·rooms)
class Solution:
    def minMeetingRooms(self, intervals):
        intervals.sort()
        rooms = []
        for s, e in intervals:
            best = -1
            for r in range(len(rooms)):
                if rooms[r] <= s and (best < 0 or rooms[r] < rooms[best]):
                    best = r
            if best >= 0:
                rooms[best] = e
            else:
                rooms.append(e)
        return len(rooms)
