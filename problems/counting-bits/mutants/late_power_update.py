# verdict: wrong_answer
# mistake: moves to the next power of two only after using the old one, so 2, 4, 8, ... get a count of 2
class Solution:
    def countBits(self, n):
        ans = [0] * (n + 1)
        power = 1
        for i in range(1, n + 1):
            ans[i] = 1 + ans[i - power]
            if i == power * 2:
                power = i
        return ans
