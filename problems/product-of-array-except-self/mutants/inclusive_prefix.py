# verdict: wrong_answer
# mistake: multiplies nums[i] into the running products before storing them, so each answer includes its own element
class Solution:
    def productExceptSelf(self, nums):
        n = len(nums)
        answer = [1] * n
        left = 1
        for i in range(n):
            left *= nums[i]
            answer[i] = left
        right = 1
        for i in range(n - 1, -1, -1):
            right *= nums[i]
            answer[i] *= right
        return answer
