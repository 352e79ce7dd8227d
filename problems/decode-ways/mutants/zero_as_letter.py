# verdict: wrong_answer
# mistake: lets any single digit, even "0", be a code of its own
class Solution:
    def numDecodings(self, s):
        two_back, one_back = 0, 1
        for i in range(1, len(s) + 1):
            ways = one_back
            if i >= 2 and "10" <= s[i - 2 : i] <= "26":
                ways += two_back
            two_back, one_back = one_back, ways
        return one_back
