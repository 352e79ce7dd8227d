# verdict: wrong_answer
# mistake: accepts a pair only when the first digit is 1 or 2 and the second is at most 6, which loses 17, 18 and 19
class Solution:
    def numDecodings(self, s):
        two_back, one_back = 0, 1
        for i in range(1, len(s) + 1):
            ways = one_back if s[i - 1] != "0" else 0
            if i >= 2 and s[i - 2] in "12" and s[i - 1] <= "6":
                ways += two_back
            two_back, one_back = one_back, ways
        return one_back
