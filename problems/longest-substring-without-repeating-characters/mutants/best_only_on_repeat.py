# verdict: wrong_answer
# mistake: records the window's length only when a repeat ends it, so the window still open at the end is never counted
class Solution:
    def lengthOfLongestSubstring(self, s):
        seen = set()
        left = 0
        best = 0
        for right, c in enumerate(s):
            if c in seen:
                best = max(best, right - left)
                while c in seen:
                    seen.remove(s[left])
                    left += 1
            seen.add(c)
        return best
