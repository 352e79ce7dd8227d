# verdict: wrong_answer
# mistake: returns the entry for s[:n-1] instead of s[:n], so the last letter is never checked
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)
        ok = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            for j in range(i):
                if ok[j] and s[j:i] in words:
                    ok[i] = True
                    break
        return ok[len(s) - 1]
