# verdict: wrong_answer
# mistake: keeps the end times in a plain list and only checks whether the oldest room is free
class Solution:
    def minMeetingRooms(self, intervals):
        intervals.sort()
        rooms = []
        for s, e in intervals:
            if rooms and rooms[0] <= s:
                rooms[0] = e
            else:
                rooms.append(e)
        return len(rooms)
