# verdict: runtime_error
# mistake: skips punctuation with inner loops that do not check lo < hi, running off the end of "!?"
class Solution:
    def isPalindrome(self, s):
        lo, hi = 0, len(s) - 1
        while lo < hi:
            while not s[lo].isalnum():
                lo += 1
            while not s[hi].isalnum():
                hi -= 1
            if s[lo].lower() != s[hi].lower():
                return False
            lo += 1
            hi -= 1
        return True
