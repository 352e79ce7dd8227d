class Solution:
    def longestPalindrome(self, s: str) -> str:
        # Try every substring; keep the first of the greatest length that equals its reverse.
        best = ""
        n = len(s)
        for i in range(n):
            for j in range(i + 1, n + 1):
                piece = s[i:j]
                if piece == piece[::-1] and len(piece) > len(best):
                    best = piece
        return best
