class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # good[i]: the last index can be reached from index i. Filled from the
        # end; each index tries every jump length it allows: O(n^2).
        n = len(nums)
        good = [False] * n
        good[n - 1] = True
        for i in range(n - 2, -1, -1):
            for step in range(1, min(nums[i], n - 1 - i) + 1):
                if good[i + step]:
                    good[i] = True
                    break
        return good[0]
