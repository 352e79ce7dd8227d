# verdict: wrong_answer
# mistake: jumps left to last[c] + 1 even when that occurrence is already left of the window, so the window slides back
class Solution:
    def lengthOfLongestSubstring(self, s):
        last = {}
        left = 0
        best = 0
        for right, c in enumerate(s):
            if c in last:
                left = last[c] + 1
            last[c] = right
            best = max(best, right - left + 1)
        return best
