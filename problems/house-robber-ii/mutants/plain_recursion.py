# verdict: time_limit_exceeded
# mistake: the include/skip recursion with a "first house robbed" flag but no memo: about Fibonacci(n) calls
class Solution:
    def rob(self, nums):
        n = len(nums)
        if n == 1:
            return nums[0]

        def best(i, first_robbed):
            if i >= n:
                return 0
            if i == n - 1 and first_robbed:
                return 0
            return max(best(i + 1, first_robbed), nums[i] + best(i + 2, first_robbed))

        return max(best(1, False), nums[0] + best(2, True))
