# verdict: wrong_answer
# mistake: starts the table as [0, 1], which is already too long when n is 0
class Solution:
    def countBits(self, n):
        ans = [0, 1]
        for i in range(2, n + 1):
            ans.append(ans[i >> 1] + (i & 1))
        return ans
