class Solution:
    def numDecodings(self, s: str) -> int:
        # ways(i) = number of ways to read the first i digits, s[:i], as codes.
        # The last code of such a reading is either s[i-1] alone (any digit but
        # "0") or the pair s[i-2:i] (a number from 10 to 26, so no leading zero).
        # ways(0) = 1: the empty prefix has exactly one reading, the empty one.
        two_back, one_back = 0, 1  # ways(i-2), ways(i-1), starting at i = 1
        for i in range(1, len(s) + 1):
            ways = one_back if s[i - 1] != "0" else 0
            if i >= 2 and "10" <= s[i - 2 : i] <= "26":
                ways += two_back
            two_back, one_back = one_back, ways
        return one_back
