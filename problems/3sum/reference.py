class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        n = len(nums)
        found = []
        for i in range(n - 2):
            a = nums[i]
            if a > 0:
                break  # the two partners are at least a, so the sum stays positive
            if i > 0 and a == nums[i - 1]:
                continue  # the same first value gives the same triplets again
            lo, hi = i + 1, n - 1
            while lo < hi:
                total = a + nums[lo] + nums[hi]
                if total < 0:
                    lo += 1
                elif total > 0:
                    hi -= 1
                else:
                    found.append([a, nums[lo], nums[hi]])
                    lo += 1
                    hi -= 1
                    while lo < hi and nums[lo] == nums[lo - 1]:
                        lo += 1
        return found
