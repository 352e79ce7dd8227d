# verdict: time_limit_exceeded
# mistake: compares each string with a member of every earlier group, re-sorting both: quadratic in the number of strings
class Solution:
    def groupAnagrams(self, strs):
        groups = []
        for w in strs:
            for g in groups:
                if sorted(g[0]) == sorted(w):
                    g.append(w)
                    break
            else:
                groups.append([w])
        return groups
