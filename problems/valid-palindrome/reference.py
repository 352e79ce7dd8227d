class Solution:
    def isPalindrome(self, s: str) -> bool:
        # Everything outside s[lo:hi + 1] has been matched in mirrored pairs
        # (or skipped as punctuation); the two ends move toward each other.
        lo, hi = 0, len(s) - 1
        while lo < hi:
            if not s[lo].isalnum():
                lo += 1
            elif not s[hi].isalnum():
                hi -= 1
            elif s[lo].lower() != s[hi].lower():
                return False
            else:
                lo += 1
                hi -= 1
        return True
