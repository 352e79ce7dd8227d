# verdict: time_limit_exceeded
# mistake: walks upwards from every value instead of only from values with no predecessor, re-walking each long run from all its members
class Solution:
    def longestConsecutive(self, nums):
        s = set(nums)
        best = 0
        for x in s:
            y = x
            while y + 1 in s:
                y += 1
            best = max(best, y - x + 1)
        return best
