class Solution:
    def combinationSum4(self, nums: List[int], target: int) -> int:
        pass
