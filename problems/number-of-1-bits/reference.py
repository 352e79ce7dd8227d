class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        while n:
            # n - 1 turns the lowest set bit off and the zeros below it on;
            # AND-ing keeps everything above, so exactly one 1-bit disappears.
            n &= n - 1
            count += 1
        return count
