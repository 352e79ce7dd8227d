# verdict: wrong_answer
# mistake: compares the sums of character codes, a hash that different letters collide in ("ad" and "bc")
class Solution:
    def isAnagram(self, s, t):
        return len(s) == len(t) and sum(map(ord, s)) == sum(map(ord, t))
