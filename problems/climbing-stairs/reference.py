class Solution:
    def climbStairs(self, n: int) -> int:
        # ways(i) = the number of move sequences that end exactly on step i.
        # The last move onto step i came from step i - 1 or from step i - 2, so
        # ways(i) = ways(i - 1) + ways(i - 2), with ways(0) = 1 (the empty
        # climb: standing on the floor) and ways(1) = 1.
        # Only the last two values are needed: before each pass of the loop,
        # prev = ways(i - 2) and cur = ways(i - 1).
        prev, cur = 1, 1  # ways(0), ways(1)
        for _ in range(2, n + 1):
            prev, cur = cur, prev + cur
        return cur
