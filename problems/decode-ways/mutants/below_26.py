# verdict: wrong_answer
# mistake: writes the upper bound of a pair as < 26, so 26 (Z) is never a two-digit piece
class Solution:
    def numDecodings(self, s):
        two_back, one_back = 0, 1
        for i in range(1, len(s) + 1):
            ways = one_back if s[i - 1] != "0" else 0
            if i >= 2 and 10 <= int(s[i - 2 : i]) < 26:
                ways += two_back
            two_back, one_back = one_back, ways
        return one_back
