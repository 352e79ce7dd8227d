class Solution:
    def countSubstrings(self, s: str) -> int:
        # Test every (start, end) pair against its reverse.
        n = len(s)
        total = 0
        for i in range(n):
            for j in range(i + 1, n + 1):
                piece = s[i:j]
                if piece == piece[::-1]:
                    total += 1
        return total
