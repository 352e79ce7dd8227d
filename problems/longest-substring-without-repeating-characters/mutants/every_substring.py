# verdict: time_limit_exceeded
# mistake: builds a set for every one of the n^2/2 substrings, cubic time in all
class Solution:
    def lengthOfLongestSubstring(self, s):
        best = 0
        for i in range(len(s)):
            for j in range(i + 1, len(s) + 1):
                window = s[i:j]
                if len(set(window)) == len(window):
                    best = max(best, len(window))
        return best
