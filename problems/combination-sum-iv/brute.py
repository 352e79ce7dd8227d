class Solution:
    def combinationSum4(self, nums: List[int], target: int) -> int:
        # Push forward instead of pulling back: every sequence that sums to s
        # (counted in ways[s]) extends by each number x to a sequence summing
        # to s + x. Totals are taken in increasing order, so ways[s] is final
        # before it is pushed.
        ways = [0] * (target + 1)
        ways[0] = 1
        for s in range(target + 1):
            if ways[s]:
                for x in nums:
                    if s + x <= target:
                        ways[s + x] += ways[s]
        return ways[target]
