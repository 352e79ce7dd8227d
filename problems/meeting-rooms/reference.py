class Solution:
    def canAttendMeetings(self, intervals: List[List[int]]) -> bool:
        # In order of start time, a meeting can only clash with the one just
        # before it: every earlier one ended no later than that one started.
        ordered = sorted(intervals, key=lambda iv: iv[0])
        for i in range(1, len(ordered)):
            # Touching (start == previous end) is fine.
            if ordered[i][0] < ordered[i - 1][1]:
                return False
        return True
