# verdict: wrong_answer
# mistake: adds 1 per centre that holds a palindrome, instead of 1 per successful step outward
class Solution:
    def countSubstrings(self, s):
        total = 0
        n = len(s)
        for centre in range(2 * n - 1):
            lo = centre // 2
            hi = lo + centre % 2
            if s[lo] == s[hi]:
                total += 1
        return total
