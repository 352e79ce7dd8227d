# verdict: wrong_answer
# mistake: forgets to shift the carry left, so it is added in the column where it started
class Solution:
    def getSum(self, a, b):
        mask = 0xFFFFFFFF
        a, b = a & mask, b & mask
        while b:
            a, b = (a ^ b) & mask, (a & b) & mask
        return a if a <= 0x7FFFFFFF else a - (1 << 32)
