# verdict: wrong_answer
# mistake: after sorting, the neighbour loop stops one pair early and never compares the last two values
class Solution:
    def containsDuplicate(self, nums):
        s = sorted(nums)
        for i in range(len(s) - 2):
            if s[i] == s[i + 1]:
                return True
        return False
