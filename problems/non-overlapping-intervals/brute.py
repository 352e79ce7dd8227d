class Solution:
    def eraseOverlapIntervals(self, intervals: List[List[int]]) -> int:
        # Longest chain of pairwise compatible ranges by DP: sorted by end,
        # best[i] is the longest chain whose last range is i.
        iv = sorted(intervals, key=lambda x: x[1])
        best = []
        for i, (s, _) in enumerate(iv):
            b = 1
            for j in range(i):
                if iv[j][1] <= s and best[j] + 1 > b:
                    b = best[j] + 1
            best.append(b)
        return len(iv) - max(best)
