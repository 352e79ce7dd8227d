class Solution:
    def findMin(self, nums: List[int]) -> int:
        pass
