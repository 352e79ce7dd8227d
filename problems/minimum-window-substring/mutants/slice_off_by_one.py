# verdict: wrong_answer
# mistake: records the window as s[left:right], dropping the character that completed it
class Solution:
    def minWindow(self, s, t):
        need = Counter(t)
        missing = len(t)
        left = 0
        best = None
        for right, c in enumerate(s):
            if need[c] > 0:
                missing -= 1
            need[c] -= 1
            while missing == 0:
                if best is None or right - left < len(best):
                    best = s[left:right]
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        return best if best is not None else ""
