class Solution:
    def hammingWeight(self, n: int) -> int:
        # Test each of the 32 positions in turn.
        return sum(1 for i in range(32) if (n >> i) & 1)
