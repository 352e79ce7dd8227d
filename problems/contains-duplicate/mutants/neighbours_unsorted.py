# verdict: wrong_answer
# mistake: compares neighbours without sorting first, so copies that are not adjacent are missed
class Solution:
    def containsDuplicate(self, nums):
        for i in range(len(nums) - 1):
            if nums[i] == nums[i + 1]:
                return True
        return False
