class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # XOR every index 0..n and every value together: each number that is
        # present appears twice and cancels, leaving the one that appears once.
        n = len(nums)
        acc = n
        for i, x in enumerate(nums):
            acc ^= i ^ x
        return acc
