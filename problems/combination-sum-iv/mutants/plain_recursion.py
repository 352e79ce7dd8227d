# verdict: time_limit_exceeded
# mistake: recurses on target - x for every number without a memo, so the work grows with the answer itself
class Solution:
    def combinationSum4(self, nums, target):
        if target == 0:
            return 1
        return sum(self.combinationSum4(nums, target - x) for x in nums if x <= target)
