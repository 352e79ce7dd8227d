# verdict: wrong_answer
# mistake: shifts the result after adding the bit, so the answer ends up one place too high (33 bits)
class Solution:
    def reverseBits(self, n):
        result = 0
        for _ in range(32):
            result |= n & 1
            result <<= 1
            n >>= 1
        return result
