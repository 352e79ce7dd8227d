# verdict: accepted
# optimal: false
# mistake: adds the new range, then merges neighbouring pairs and rescans from the start after each merge: correct, but O(n^2)
class Solution:
    def insert(self, intervals, newInterval):
        out = [list(iv) for iv in intervals]
        k = 0
        while k < len(out) and out[k][0] < newInterval[0]:
            k += 1
        out.insert(k, list(newInterval))
        changed = True
        while changed:
            changed = False
            for i in range(len(out) - 1):
                if out[i + 1][0] <= out[i][1]:
                    out[i][1] = max(out[i][1], out[i + 1][1])
                    del out[i + 1]
                    changed = True
                    break
        return out
