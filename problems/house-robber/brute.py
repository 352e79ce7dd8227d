class Solution:
    def rob(self, nums: List[int]) -> int:
        # A different state, checked against the reference: ending[i] is the
        # most that can be taken when house i is the LAST house robbed. The
        # house robbed before it is any j <= i - 2 (or none at all).
        n = len(nums)
        ending = [0] * n
        for i in range(n):
            before = 0
            for j in range(i - 1):
                before = max(before, ending[j])
            ending[i] = nums[i] + before
        return max(ending)
