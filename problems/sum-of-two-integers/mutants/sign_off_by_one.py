# verdict: wrong_answer
# mistake: converts back with a - 0xFFFFFFFF instead of a - 2**32: every negative sum is one too big
class Solution:
    def getSum(self, a, b):
        mask = 0xFFFFFFFF
        a, b = a & mask, b & mask
        while b:
            a, b = (a ^ b) & mask, ((a & b) << 1) & mask
        return a if a <= 0x7FFFFFFF else a - mask
