class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # last[c] is the latest index where c occurred; s[left:right+1] never
        # holds a character twice, and left only moves forward.
        last = {}
        left = 0
        best = 0
        for right, c in enumerate(s):
            seen_at = last.get(c, -1)
            if seen_at >= left:
                left = seen_at + 1
            last[c] = right
            best = max(best, right - left + 1)
        return best
