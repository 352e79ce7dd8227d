# verdict: wrong_answer
# mistake: `if seen.get(c):` treats index 0 as not found
class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if seen.get(target - x):
                return [seen[target - x], i]
            seen[x] = i
        return []
