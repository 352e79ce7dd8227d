# verdict: wrong_answer
# mistake: adds k to the most frequent letter's count over the whole string, ignoring that the letters must be contiguous
class Solution:
    def characterReplacement(self, s, k):
        return min(len(s), max(Counter(s).values()) + k)
