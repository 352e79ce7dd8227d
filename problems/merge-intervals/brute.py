class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # Two intervals belong together when they share a point; groups are the
        # connected components of that relation, found by union-find over every pair.
        n = len(intervals)
        parent = list(range(n))

        def find(i):
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i in range(n):
            a, b = intervals[i]
            for j in range(i + 1, n):
                c, d = intervals[j]
                if a <= d and c <= b:
                    parent[find(i)] = find(j)
        groups = {}
        for i, (a, b) in enumerate(intervals):
            r = find(i)
            if r in groups:
                groups[r] = [min(groups[r][0], a), max(groups[r][1], b)]
            else:
                groups[r] = [a, b]
        return list(groups.values())
