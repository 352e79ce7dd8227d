# verdict: runtime_error
# mistake: uses sorted(word), a list, as the dictionary key: lists are unhashable
class Solution:
    def groupAnagrams(self, strs):
        groups = {}
        for w in strs:
            key = sorted(w)
            if key not in groups:
                groups[key] = []
            groups[key].append(w)
        return list(groups.values())
