# verdict: wrong_answer
# mistake: a memo dictionary as a default argument survives between calls, so the next street reuses the last street's answers
class Solution:
    def rob(self, nums, memo={}):
        def best(i):
            if i >= len(nums):
                return 0
            if i not in memo:
                memo[i] = max(best(i + 1), nums[i] + best(i + 2))
            return memo[i]

        return best(0)
