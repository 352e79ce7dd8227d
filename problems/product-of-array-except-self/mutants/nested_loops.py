# verdict: time_limit_exceeded
# mistake: multiplying every other element for each position is quadratic
class Solution:
    def productExceptSelf(self, nums):
        answer = []
        for i in range(len(nums)):
            product = 1
            for j in range(len(nums)):
                if j != i:
                    product *= nums[j]
            answer.append(product)
        return answer
