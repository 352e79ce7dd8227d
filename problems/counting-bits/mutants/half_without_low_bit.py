# verdict: wrong_answer
# mistake: copies the count of i // 2 without adding back the bit the shift dropped
class Solution:
    def countBits(self, n):
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            ans[i] = ans[i // 2] if i > 1 else 1
        return ans
