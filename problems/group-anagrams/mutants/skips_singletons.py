# verdict: wrong_answer
# mistake: returns only groups with two or more strings, as if a string without an anagram needed no group
class Solution:
    def groupAnagrams(self, strs):
        groups = defaultdict(list)
        for w in strs:
            groups["".join(sorted(w))].append(w)
        return [g for g in groups.values() if len(g) > 1]
