class Solution:
    def reverseBits(self, n: int) -> int:
        result = 0
        for _ in range(32):
            # Make room at the bottom of result, then move n's lowest bit there.
            # Exactly 32 rounds, so leading zeros of n become trailing zeros.
            result = (result << 1) | (n & 1)
            n >>= 1
        return result
