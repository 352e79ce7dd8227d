# verdict: time_limit_exceeded
# mistake: grows a fresh window from every start until it needs more than k changes: quadratic when the answer is long
class Solution:
    def characterReplacement(self, s, k):
        best = 0
        for i in range(len(s)):
            count = [0] * 26
            top = 0
            for j in range(i, len(s)):
                c = ord(s[j]) - 65
                count[c] += 1
                top = max(top, count[c])
                if j - i + 1 - top > k:
                    break
                best = max(best, j - i + 1)
        return best
