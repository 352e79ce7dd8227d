# verdict: wrong_answer
# mistake: compares the sets of letters, so how many times each letter occurs is lost
class Solution:
    def isAnagram(self, s, t):
        return set(s) == set(t)
