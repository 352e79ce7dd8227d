# verdict: accepted
# optimal: false
# mistake: tests every substring against its reverse: n^2/2 substrings of average length n/3, O(n^3)
class Solution:
    def countSubstrings(self, s):
        total = 0
        for i in range(len(s)):
            for j in range(i, len(s)):
                if s[i : j + 1] == s[i : j + 1][::-1]:
                    total += 1
        return total
