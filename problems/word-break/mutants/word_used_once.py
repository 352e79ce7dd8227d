# verdict: wrong_answer
# mistake: removes a word from the dictionary after using it, although words may be reused
class Solution:
    def wordBreak(self, s, wordDict):
        def can(rest, words):
            if not rest:
                return True
            for w in words:
                if rest.startswith(w) and can(rest[len(w):], words - {w}):
                    return True
            return False

        return can(s, frozenset(wordDict))
