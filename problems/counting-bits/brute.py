class Solution:
    def countBits(self, n: int) -> List[int]:
        # Count each number's bits on its own.
        out = []
        for i in range(n + 1):
            count = 0
            x = i
            while x:
                count += x & 1
                x >>= 1
            out.append(count)
        return out
