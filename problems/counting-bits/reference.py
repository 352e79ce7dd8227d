class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = [0] * (n + 1)
        for i in range(1, n + 1):
            # i >> 1 drops the lowest bit and is smaller than i, so its count is
            # already known; add back the bit that was dropped.
            ans[i] = ans[i >> 1] + (i & 1)
        return ans
