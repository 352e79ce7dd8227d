class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        # The rooms needed are the most meetings running at one moment. Sweep
        # the start times in order; the sorted end times say how many meetings
        # have finished by then.
        starts = sorted(iv[0] for iv in intervals)
        ends = sorted(iv[1] for iv in intervals)
        rooms = running = 0
        done = 0  # meetings that have ended, a prefix of `ends`
        for s in starts:
            # A meeting ending exactly at s frees its room in time for this one.
            while ends[done] <= s:
                done += 1
                running -= 1
            running += 1
            rooms = max(rooms, running)
        return rooms
