# verdict: time_limit_exceeded
# mistake: the include/skip recursion without a memo recomputes the same suffixes, about Fibonacci(n) calls
class Solution:
    def rob(self, nums):
        def best(i):
            # the most that can be taken from houses i, i+1, ...
            if i >= len(nums):
                return 0
            return max(best(i + 1), nums[i] + best(i + 2))

        return best(0)
