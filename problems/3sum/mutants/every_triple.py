# verdict: time_limit_exceeded
# mistake: tries every triple of positions and removes repeats with a set: cubic, about 4.5·10^9 triples at 3000 elements
class Solution:
    def threeSum(self, nums):
        seen = set()
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                for k in range(j + 1, n):
                    if nums[i] + nums[j] + nums[k] == 0:
                        seen.add(tuple(sorted((nums[i], nums[j], nums[k]))))
        return [list(t) for t in seen]
