class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # The O(n²) DP: ending[i] = length of the longest increasing
        # subsequence that ends exactly at index i.
        n = len(nums)
        ending = [1] * n
        for i in range(n):
            for j in range(i):
                if nums[j] < nums[i] and ending[j] + 1 > ending[i]:
                    ending[i] = ending[j] + 1
        return max(ending)
