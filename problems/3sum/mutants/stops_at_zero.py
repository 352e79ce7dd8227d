# verdict: wrong_answer
# mistake: stops as soon as the first value is not negative, which loses [0,0,0]
class Solution:
    def threeSum(self, nums):
        nums = sorted(nums)
        out = []
        for i in range(len(nums) - 2):
            if nums[i] >= 0:
                break
            if i > 0 and nums[i] == nums[i - 1]:
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
