# verdict: wrong_answer
# mistake: keys groups on the set of letters, so "aab" and "abb" land together
class Solution:
    def groupAnagrams(self, strs):
        groups = defaultdict(list)
        for w in strs:
            groups[frozenset(w)].append(w)
        return list(groups.values())
