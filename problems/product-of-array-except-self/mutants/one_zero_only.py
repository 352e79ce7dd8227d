# verdict: wrong_answer
# mistake: handles a single zero but not two: the zeros' own positions still contain the other zero
class Solution:
    def productExceptSelf(self, nums):
        total = 1
        has_zero = False
        for x in nums:
            if x == 0:
                has_zero = True
            else:
                total *= x
        if not has_zero:
            return [total // x for x in nums]
        return [total if x == 0 else 0 for x in nums]
