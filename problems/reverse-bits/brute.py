class Solution:
    def reverseBits(self, n: int) -> int:
        # Write n as exactly 32 binary digits, read them backwards.
        return int(format(n, "032b")[::-1], 2)
