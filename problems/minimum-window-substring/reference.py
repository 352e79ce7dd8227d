class Solution:
    def minWindow(self, s: str, t: str) -> str:
        # need[c] is how many more copies of c the window s[left:right+1] must
        # gain to cover t (negative: spare copies); missing is the sum of the
        # positive parts, so the window covers t exactly when missing == 0.
        need = Counter(t)
        missing = len(t)
        left = 0
        best_start, best_len = 0, len(s) + 1
        for right, c in enumerate(s):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            if missing == 0:
                # Drop spare characters from the left: the window stays covering.
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                # Give up the leftmost needed character to look for a shorter window.
                need[s[left]] += 1
                missing += 1
                left += 1
        return "" if best_len > len(s) else s[best_start:best_start + best_len]
