class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        # From every distinct value, count how far the run goes upwards.
        values = set(nums)
        best = 0
        for x in values:
            length = 1
            while x + length in values:
                length += 1
            best = max(best, length)
        return best
