class Solution:
    def combinationSum4(self, nums: List[int], target: int) -> int:
        # ways[t] = the number of ordered sequences from nums that sum to t.
        # A sequence summing to t > 0 has a last number x <= t, and what comes
        # before it is any sequence summing to t - x; different last numbers
        # give different sequences, so ways[t] = sum of ways[t - x].
        # Base case: ways[0] = 1, the empty sequence.
        # The loop over t is outside the loop over x: every last number is
        # tried at every total, which is what makes order count.
        ways = [1] + [0] * target
        for t in range(1, target + 1):
            ways[t] = sum(ways[t - x] for x in nums if x <= t)
        return ways[target]
