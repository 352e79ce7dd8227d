class Solution:
    def numDecodings(self, s: str) -> int:
        # A different style, checked against the reference: recursion over the
        # suffix s[i:], trying every code from the explicit table "1".."26"
        # as the next piece, memoised on i.
        codes = {str(k) for k in range(1, 27)}
        memo = {len(s): 1}

        def count(i):
            if i not in memo:
                memo[i] = sum(count(i + len(c)) for c in codes if s.startswith(c, i))
            return memo[i]

        return count(0)
