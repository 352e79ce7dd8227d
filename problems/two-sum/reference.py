class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # seen maps a value to the index where it was first met; it only holds
        # values strictly to the left of i, so a position is never paired with itself.
        seen = {}
        for i, x in enumerate(nums):
            j = seen.get(target - x)
            if j is not None:
                return [j, i]
            seen.setdefault(x, i)
        return []
