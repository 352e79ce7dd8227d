# verdict: wrong_answer
# mistake: divides the product of the non-zero elements, forgetting that a zero makes every other position 0
class Solution:
    def productExceptSelf(self, nums):
        total = 1
        for x in nums:
            if x != 0:
                total *= x
        return [total // x if x != 0 else total for x in nums]
