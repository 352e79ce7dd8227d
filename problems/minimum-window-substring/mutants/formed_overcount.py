# verdict: wrong_answer
# mistake: counts a letter as satisfied on every copy at or above its need (>= instead of ==), so the window is declared covering too early
class Solution:
    def minWindow(self, s, t):
        need = Counter(t)
        have = Counter()
        formed = 0
        left = 0
        best = ""
        for right, c in enumerate(s):
            have[c] += 1
            if c in need and have[c] >= need[c]:
                formed += 1
            while formed >= len(need):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                d = s[left]
                have[d] -= 1
                if d in need and have[d] < need[d]:
                    formed -= 1
                left += 1
        return best
