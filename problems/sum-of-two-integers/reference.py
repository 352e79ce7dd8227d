class Solution:
    def getSum(self, a: int, b: int) -> int:
        # Python ints never overflow, so emulate a 32-bit register: keep both
        # operands as their low 32 bits, two's complement.
        mask = 0xFFFFFFFF
        a &= mask
        b &= mask
        while b:
            # XOR adds without carrying; AND finds the columns that carry, and
            # the carry lands one column to the left. Masking drops the carry
            # out of bit 31, so b reaches 0 within 32 rounds.
            a, b = (a ^ b) & mask, ((a & b) << 1) & mask
        # Read bit 31 as the sign.
        return a if a <= 0x7FFFFFFF else a - (1 << 32)
