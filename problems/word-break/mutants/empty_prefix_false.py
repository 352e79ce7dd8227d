# verdict: wrong_answer
# mistake: the base case marks the empty prefix as not cuttable (ok[0] = False), so no prefix ever becomes reachable
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)
        ok = [False] * (len(s) + 1)
        for i in range(1, len(s) + 1):
            for j in range(i):
                if ok[j] and s[j:i] in words:
                    ok[i] = True
                    break
        return ok[len(s)]
