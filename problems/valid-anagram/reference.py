class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        # balance[c] is (copies of c in s) - (copies of c in t) over the prefixes read.
        balance = [0] * 26
        for a, b in zip(s, t):
            balance[ord(a) - 97] += 1
            balance[ord(b) - 97] -= 1
        return not any(balance)
