class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        # The window s[left:right+1] never shrinks. top is the highest count any
        # letter has reached inside some window so far; the window only grows
        # when a letter beats that record, so its size is always top + k at most.
        count = [0] * 26
        left = 0
        top = 0
        for right, c in enumerate(s):
            i = ord(c) - 65
            count[i] += 1
            top = max(top, count[i])
            if right - left + 1 - top > k:
                count[ord(s[left]) - 65] -= 1
                left += 1
        return len(s) - left
