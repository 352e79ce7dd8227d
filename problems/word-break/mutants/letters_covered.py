# verdict: wrong_answer
# mistake: checks that every letter is covered by some occurrence of a word, allowing the words to overlap
class Solution:
    def wordBreak(self, s, wordDict):
        covered = [False] * len(s)
        for w in wordDict:
            start = s.find(w)
            while start != -1:
                for k in range(start, start + len(w)):
                    covered[k] = True
                start = s.find(w, start + 1)
        return all(covered)
