# verdict: accepted
# optimal: false
# mistake: without sorting, checks each range against every group built so far: correct, but O(n^2)
class Solution:
    def merge(self, intervals):
        groups = []
        for start, end in intervals:
            keep = []
            for g in groups:
                if g[0] <= end and start <= g[1]:
                    start, end = min(start, g[0]), max(end, g[1])
                else:
                    keep.append(g)
            keep.append([start, end])
            groups = keep
        return groups
