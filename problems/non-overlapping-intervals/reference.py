class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Keep as many ranges as possible; the answer is everything else.
        # Taking the range that ends first leaves the most room for the rest.
        kept = 0
        last_end = -math.inf  # no sentinel number: values go down to -5·10^4
        for start, end in sorted(intervals, key=lambda iv: iv[1]):
            if start >= last_end:  # touching is allowed
                kept += 1
                last_end = end
        return len(intervals) - kept
