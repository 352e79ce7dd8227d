# verdict: wrong_answer
# mistake: loops while n > 1, so the last 1-bit is never counted
class Solution:
    def hammingWeight(self, n):
        count = 0
        while n > 1:
            n &= n - 1
            count += 1
        return count
