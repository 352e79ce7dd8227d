# verdict: wrong_answer
# mistake: keeps only the largest product ending here, as for a maximum sum, so a negative run that a later negative would flip is thrown away
class Solution:
    def maxProduct(self, nums):
        best = cur = nums[0]
        for x in nums[1:]:
            cur = max(x, cur * x)
            best = max(best, cur)
        return best
