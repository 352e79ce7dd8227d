class Solution:
    def canJump(self, nums: List[int]) -> bool:
        # reach = the farthest index reachable using only indices before i.
        # Every index up to reach is reachable too (a jump may be shorter than
        # its maximum), so index i is reachable exactly when i <= reach.
        reach = 0
        last = len(nums) - 1
        for i, jump in enumerate(nums):
            if i > reach:
                return False  # a gap: nothing before i can get past reach
            reach = max(reach, i + jump)
            if reach >= last:
                return True
        return True
