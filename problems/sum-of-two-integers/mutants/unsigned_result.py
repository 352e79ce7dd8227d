# verdict: wrong_answer
# mistake: masks to 32 bits but returns the pattern as unsigned, so -1 comes back as 4294967295
class Solution:
    def getSum(self, a, b):
        mask = 0xFFFFFFFF
        a, b = a & mask, b & mask
        while b:
            a, b = (a ^ b) & mask, ((a & b) << 1) & mask
        return a
