# verdict: wrong_answer
# mistake: from each start keeps only the start's own letter, so a run whose first letter is the one to replace is missed
class Solution:
    def characterReplacement(self, s, k):
        best = 0
        for i in range(len(s)):
            changes = 0
            j = i
            while j < len(s):
                if s[j] != s[i]:
                    if changes == k:
                        break
                    changes += 1
                j += 1
            best = max(best, j - i)
        return best
