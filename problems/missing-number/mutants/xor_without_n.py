# verdict: wrong_answer
# mistake: XORs the indices 0..n-1 with the values but never folds in n itself
class Solution:
    def missingNumber(self, nums):
        acc = 0
        for i, x in enumerate(nums):
            acc ^= i ^ x
        return acc
