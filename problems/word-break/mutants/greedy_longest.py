# verdict: wrong_answer
# mistake: cuts greedily with the longest dictionary word that matches, never reconsidering a cut
class Solution:
    def wordBreak(self, s, wordDict):
        words = sorted(wordDict, key=len, reverse=True)
        i = 0
        while i < len(s):
            for w in words:
                if s.startswith(w, i):
                    i += len(w)
                    break
            else:
                return False
        return True
