# verdict: wrong_answer
# mistake: reverses the order of the four bytes (endianness) instead of the order of the bits
class Solution:
    def reverseBits(self, n):
        return int.from_bytes(n.to_bytes(4, "big"), "little")
