class Solution:
    def longestPalindrome(self, s: str) -> str:
        # Every palindrome has a centre: one character (odd length) or the gap
        # between two (even length). Grow each of the 2n - 1 centres as far as
        # the two sides keep agreeing, and keep the widest.
        n = len(s)
        best_lo, best_hi = 0, 1
        for centre in range(2 * n - 1):
            lo = centre // 2
            hi = lo + centre % 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            # s[lo + 1:hi] is the widest palindrome around this centre
            if hi - lo - 1 > best_hi - best_lo:
                best_lo, best_hi = lo + 1, hi
        return s[best_lo:best_hi]
