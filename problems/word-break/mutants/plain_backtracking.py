# verdict: time_limit_exceeded
# mistake: tries every first word and recurses on the rest without remembering which positions already failed
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)

        def can(i):
            if i == len(s):
                return True
            for j in range(i + 1, len(s) + 1):
                if s[i:j] in words and can(j):
                    return True
            return False

        return can(0)
