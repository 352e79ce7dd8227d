# verdict: runtime_error
# mistake: divides the total product by each element, which raises ZeroDivisionError when the list holds a zero
class Solution:
    def productExceptSelf(self, nums):
        total = 1
        for x in nums:
            total *= x
        return [total // x for x in nums]
