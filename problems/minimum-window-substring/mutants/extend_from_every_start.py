# verdict: time_limit_exceeded
# mistake: grows a fresh window from every start until it covers t: quadratic when the shortest window is long
class Solution:
    def minWindow(self, s, t):
        need = Counter(t)
        best = ""
        for i in range(len(s)):
            have = Counter()
            missing = len(t)
            for j in range(i, len(s)):
                if have[s[j]] < need[s[j]]:
                    missing -= 1
                have[s[j]] += 1
                if missing == 0:
                    if not best or j - i + 1 < len(best):
                        best = s[i:j + 1]
                    break
        return best
