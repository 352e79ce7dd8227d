# verdict: wrong_answer
# mistake: stores first positions and tests `if seen.get(x):`, so a value first seen at position 0 counts as unseen
class Solution:
    def containsDuplicate(self, nums):
        seen = {}
        for i, x in enumerate(nums):
            if seen.get(x):
                return True
            seen[x] = i
        return False
