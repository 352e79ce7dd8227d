# verdict: wrong_answer
# mistake: adds the masked value (2**i) instead of 1, which just rebuilds n
class Solution:
    def hammingWeight(self, n):
        count = 0
        for i in range(32):
            count += n & (1 << i)
        return count
