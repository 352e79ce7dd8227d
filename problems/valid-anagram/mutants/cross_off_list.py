# verdict: time_limit_exceeded
# mistake: removes each letter of s from a list of t's letters; every search and removal costs O(n)
class Solution:
    def isAnagram(self, s, t):
        rest = list(t)
        for c in s:
            if c in rest:
                rest.remove(c)
            else:
                return False
        return len(rest) == 0
