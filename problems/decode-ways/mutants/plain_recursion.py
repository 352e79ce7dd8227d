# verdict: time_limit_exceeded
# mistake: recurses on "take one digit or two" without a memo, so it makes about one call per reading, up to 2^31 of them
class Solution:
    def numDecodings(self, s):
        def count(i):
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            total = count(i + 1)
            if i + 1 < len(s) and int(s[i : i + 2]) <= 26:
                total += count(i + 2)
            return total

        return count(0)
