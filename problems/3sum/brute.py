class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        # Every choice of three positions; sorting each triplet makes equal
        # triplets identical, and the set keeps one of each.
        n = len(nums)
        found = set()
        for i in range(n):
            for j in range(i + 1, n):
                for k in range(j + 1, n):
                    if nums[i] + nums[j] + nums[k] == 0:
                        found.add(tuple(sorted((nums[i], nums[j], nums[k]))))
        return [list(t) for t in found]
