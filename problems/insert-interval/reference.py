class Solution:
    def insert(self, intervals: List[List[int]], newInterval: List[int]) -> List[List[int]]:
        start, end = newInterval
        out = []
        i, n = 0, len(intervals)
        # Ranges that end before the new one starts come first, unchanged.
        while i < n and intervals[i][1] < start:
            out.append(intervals[i])
            i += 1
        # Every range that starts no later than the (growing) new range ends
        # shares a point with it: absorb it, keeping the outermost ends.
        while i < n and intervals[i][0] <= end:
            start = min(start, intervals[i][0])
            end = max(end, intervals[i][1])
            i += 1
        out.append([start, end])
        # Whatever is left starts after the new range ends.
        out.extend(intervals[i:])
        return out
