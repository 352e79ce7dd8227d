# verdict: time_limit_exceeded
# mistake: grows the answer with ans = ans + [x], copying the whole list every step: O(n²)
class Solution:
    def countBits(self, n):
        ans = [0]
        for i in range(1, n + 1):
            ans = ans + [ans[i >> 1] + (i & 1)]
        return ans
