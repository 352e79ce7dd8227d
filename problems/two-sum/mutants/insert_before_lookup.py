# verdict: wrong_answer
# mistake: inserting nums[i] before looking up its complement pairs an index with itself
class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            seen[x] = i
            if target - x in seen:
                return [seen[target - x], i]
        return []
