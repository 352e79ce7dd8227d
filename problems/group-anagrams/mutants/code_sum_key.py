# verdict: wrong_answer
# mistake: keys groups on the sum of character codes, which "ad" and "bc" share
class Solution:
    def groupAnagrams(self, strs):
        groups = defaultdict(list)
        for w in strs:
            groups[sum(map(ord, w))].append(w)
        return list(groups.values())
