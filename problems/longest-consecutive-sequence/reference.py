class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)  # duplicates collapse; membership is O(1)
        best = 0
        for x in values:  # the set, not nums: each distinct value once
            # Only a value with no predecessor starts a run; walking up from
            # anywhere else would re-walk part of a run already counted. Each
            # value is stepped over by exactly one walk, so the total is O(n).
            if x - 1 in values:
                continue
            end = x
            while end + 1 in values:
                end += 1
            best = max(best, end - x + 1)
        return best
