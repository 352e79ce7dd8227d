# verdict: time_limit_exceeded
# mistake: nums.count(x) for every element is a full scan per element: quadratic, even at C speed
class Solution:
    def containsDuplicate(self, nums):
        for x in nums:
            if nums.count(x) > 1:
                return True
        return False
