# verdict: accepted
# optimal: false
# mistake: marks every index each reachable index can jump to, in a table: O(n^2) on a staircase, too slow at 10^4
class Solution:
    def canJump(self, nums):
        n = len(nums)
        reachable = [False] * n
        reachable[0] = True
        for i in range(n):
            if not reachable[i]:
                continue
            for j in range(i + 1, min(n, i + nums[i] + 1)):
                reachable[j] = True
        return reachable[-1]
