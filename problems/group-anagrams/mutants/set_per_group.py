# verdict: wrong_answer
# mistake: collects each group in a set, so a string that occurs twice is kept once
class Solution:
    def groupAnagrams(self, strs):
        groups = defaultdict(set)
        for w in strs:
            groups["".join(sorted(w))].add(w)
        return [list(g) for g in groups.values()]
