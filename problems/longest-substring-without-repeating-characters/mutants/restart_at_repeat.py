# verdict: wrong_answer
# mistake: on a repeat, throws the whole window away and restarts at the repeated character instead of just past its earlier occurrence
class Solution:
    def lengthOfLongestSubstring(self, s):
        seen = set()
        best = 0
        for c in s:
            if c in seen:
                seen = set()
            seen.add(c)
            best = max(best, len(seen))
        return best
