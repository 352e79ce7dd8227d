# verdict: wrong_answer
# mistake: after the expansion stops one step too far, slices s[lo:hi] and so includes the mismatched left character
class Solution:
    def longestPalindrome(self, s):
        best = s[0]
        n = len(s)
        for centre in range(2 * n - 1):
            lo = centre // 2
            hi = lo + centre % 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[max(lo, 0) : hi]
        return best
