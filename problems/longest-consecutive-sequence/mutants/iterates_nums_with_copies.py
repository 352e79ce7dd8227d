# verdict: time_limit_exceeded
# mistake: loops over nums instead of the set, so every copy of a run's first value walks the whole run again
class Solution:
    def longestConsecutive(self, nums):
        s = set(nums)
        best = 0
        for x in nums:
            if x - 1 not in s:
                y = x
                while y + 1 in s:
                    y += 1
                best = max(best, y - x + 1)
        return best
