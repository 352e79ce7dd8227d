# verdict: wrong_answer
# mistake: removes repeated values up front, which loses every triplet that uses one value twice
class Solution:
    def threeSum(self, nums):
        nums = sorted(set(nums))
        out = []
        for i in range(len(nums) - 2):
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
                    hi -= 1
        return out
