# verdict: wrong_answer
# mistake: grows palindromes only around single letters, so even-length ones such as "qq" are never counted
class Solution:
    def countSubstrings(self, s):
        total = 0
        for c in range(len(s)):
            lo, hi = c, c
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                total += 1
                lo -= 1
                hi += 1
        return total
