# verdict: wrong_answer
# mistake: assumes a "0" always joins the digit before it, without checking that the pair is 10 or 20
class Solution:
    def numDecodings(self, s):
        if s[0] == "0":
            return 0
        two_back, one_back = 1, 1
        for i in range(2, len(s) + 1):
            if s[i - 1] == "0":
                ways = two_back
            else:
                ways = one_back
                if "10" <= s[i - 2 : i] <= "26":
                    ways += two_back
            two_back, one_back = one_back, ways
        return one_back
