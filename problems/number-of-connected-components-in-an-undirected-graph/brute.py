class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        # Quick-find: label[v] names v's component. An edge between two labels
        # relabels every node of one of them, an O(n) scan per merge.
        label = list(range(n))
        for a, b in edges:
            old, new = label[b], label[a]
            if old != new:
                for v in range(n):
                    if label[v] == old:
                        label[v] = new
        return len(set(label))
