# verdict: wrong_answer
# mistake: the inner loop starts at i, so every element equals itself
class Solution:
    def containsDuplicate(self, nums):
        for i in range(len(nums)):
            for j in range(i, len(nums)):
                if nums[i] == nums[j]:
                    return True
        return False
