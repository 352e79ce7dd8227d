# verdict: wrong_answer
# mistake: needs each distinct letter of t once, ignoring how many times t repeats it
class Solution:
    def minWindow(self, s, t):
        need = set(t)
        have = Counter()
        formed = 0
        left = 0
        best = ""
        for right, c in enumerate(s):
            have[c] += 1
            if c in need and have[c] == 1:
                formed += 1
            while formed == len(need):
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                d = s[left]
                have[d] -= 1
                if d in need and have[d] == 0:
                    formed -= 1
                left += 1
        return best
