# verdict: wrong_answer
# mistake: checks only that t has every letter of s often enough (Counter subtraction one way), so extra letters in t pass
class Solution:
    def isAnagram(self, s, t):
        return not (Counter(s) - Counter(t))
