# verdict: wrong_answer
# mistake: skips a first value when the NEXT one is equal, which throws away the copy needed for triplets like [-1,-1,2]
class Solution:
    def threeSum(self, nums):
        nums = sorted(nums)
        out = []
        for i in range(len(nums) - 2):
            if nums[i] == nums[i + 1]:
                continue
            lo, hi = i + 1, len(nums) - 1
            while lo < hi:
                s = nums[i] + nums[lo] + nums[hi]
                if s < 0:
                    lo += 1
                elif s > 0:
                    hi -= 1
                else:
                    out.append([nums[i], nums[lo], nums[hi]])
                    lo += 1
                    while lo < hi and nums[lo] == nums[lo - 1]:
                        lo += 1
        return out
