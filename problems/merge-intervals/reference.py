class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = []
        # Visiting intervals by start means a new interval can only join the
        # group built last: every earlier group ended before this one's start.
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                # Overlapping or touching: the group grows to the farther end
                # (the new interval may lie entirely inside it).
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
