class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        n = len(nums)
        answer = [1] * n
        # First pass: answer[i] = product of nums[0:i].
        left = 1
        for i in range(n):
            answer[i] = left
            left *= nums[i]
        # Second pass: multiply in the product of nums[i+1:].
        right = 1
        for i in range(n - 1, -1, -1):
            answer[i] *= right
            right *= nums[i]
        return answer
