# verdict: wrong_answer
# mistake: greedily takes the richest remaining house and blocks its neighbours
class Solution:
    def rob(self, nums):
        blocked = [False] * len(nums)
        total = 0
        for i in sorted(range(len(nums)), key=lambda i: -nums[i]):
            if not blocked[i]:
                total += nums[i]
                for j in (i - 1, i, i + 1):
                    if 0 <= j < len(nums):
                        blocked[j] = True
        return total
