# verdict: accepted
# optimal: false
# mistake: checks every substring against its reverse: n^2/2 substrings of average length n/3, O(n^3)
class Solution:
    def longestPalindrome(self, s):
        for length in range(len(s), 0, -1):
            for i in range(len(s) - length + 1):
                piece = s[i : i + length]
                if piece == piece[::-1]:
                    return piece
        return ""
