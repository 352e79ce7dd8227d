# verdict: wrong_answer
# mistake: a set of values, then list.index for the position, gives equal values the same index
class Solution:
    def twoSum(self, nums, target):
        seen = set()
        for i, x in enumerate(nums):
            if target - x in seen:
                return [nums.index(target - x), nums.index(x)]
            seen.add(x)
        return []
