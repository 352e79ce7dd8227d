class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        # Cross each letter of s off a list of t's letters.
        rest = list(t)
        for c in s:
            if c not in rest:
                return False
            rest.remove(c)
        return not rest
