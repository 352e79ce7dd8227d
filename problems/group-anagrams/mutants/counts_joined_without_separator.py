# verdict: wrong_answer
# mistake: joins the 26 letter counts into a string with no separator, so counts (1, 11) and (11, 1) both read "111"
class Solution:
    def groupAnagrams(self, strs):
        groups = defaultdict(list)
        for w in strs:
            count = [0] * 26
            for c in w:
                count[ord(c) - 97] += 1
            groups["".join(map(str, count))].append(w)
        return list(groups.values())
