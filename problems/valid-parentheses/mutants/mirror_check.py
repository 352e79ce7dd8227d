# verdict: wrong_answer
# mistake: treats a valid string as a mirror image, comparing s[i] with s[n-1-i], so ()[] is rejected
class Solution:
    def isValid(self, s):
        partner = {"(": ")", "[": "]", "{": "}"}
        n = len(s)
        if n % 2:
            return False
        for i in range(n // 2):
            if partner.get(s[i]) != s[n - 1 - i]:
                return False
        return True
