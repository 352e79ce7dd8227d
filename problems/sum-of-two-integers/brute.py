class Solution:
    def getSum(self, a: int, b: int) -> int:
        # A ripple-carry adder, one column at a time over 32 bits.
        result = 0
        carry = 0
        for i in range(32):
            x = (a >> i) & 1
            y = (b >> i) & 1
            result |= (x ^ y ^ carry) << i
            carry = (x & y) | (x & carry) | (y & carry)
        if result >> 31:
            result -= 1 << 32
        return result
