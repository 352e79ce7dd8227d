class Solution:
    def countSubstrings(self, s: str) -> int:
        # Every palindrome has one centre: a character or the gap between two.
        # Growing a centre by one step on each side finds exactly one more
        # palindrome, so count the steps that succeed.
        n = len(s)
        total = 0
        for centre in range(2 * n - 1):
            lo = centre // 2
            hi = lo + centre % 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                total += 1
                lo -= 1
                hi += 1
        return total
