# verdict: wrong_answer
# mistake: reads the reversed word as a signed 32-bit int, so answers of 2**31 or more come back negative
class Solution:
    def reverseBits(self, n):
        result = 0
        for _ in range(32):
            result = (result << 1) | (n & 1)
            n >>= 1
        if result >= 1 << 31:
            result -= 1 << 32
        return result
