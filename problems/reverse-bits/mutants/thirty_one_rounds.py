# verdict: wrong_answer
# mistake: runs 31 rounds instead of 32, so every bit lands one place too low and bit 31 is lost
class Solution:
    def reverseBits(self, n):
        result = 0
        for _ in range(31):
            result = (result << 1) | (n & 1)
            n >>= 1
        return result
