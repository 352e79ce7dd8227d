# verdict: wrong_answer
# mistake: counts only palindromes of length 2 or more, forgetting that every single letter is one
class Solution:
    def countSubstrings(self, s):
        total = 0
        n = len(s)
        for centre in range(2 * n - 1):
            lo = centre // 2
            hi = lo + centre % 2
            if lo == hi:
                lo, hi = lo - 1, hi + 1
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                total += 1
                lo -= 1
                hi += 1
        return total
