# verdict: wrong_answer
# mistake: collects the palindromes in a set, so equal pieces at different positions are counted once
class Solution:
    def countSubstrings(self, s):
        found = set()
        n = len(s)
        for centre in range(2 * n - 1):
            lo = centre // 2
            hi = lo + centre % 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                found.add(s[lo : hi + 1])
                lo -= 1
                hi += 1
        return len(found)
