# verdict: wrong_answer
# mistake: compares characters without lowering their case, so "Aa" is rejected
class Solution:
    def isPalindrome(self, s):
        lo, hi = 0, len(s) - 1
        while lo < hi:
            if not s[lo].isalnum():
                lo += 1
            elif not s[hi].isalnum():
                hi -= 1
            elif s[lo] != s[hi]:
                return False
            else:
                lo += 1
                hi -= 1
        return True
