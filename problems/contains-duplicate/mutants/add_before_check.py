# verdict: wrong_answer
# mistake: adds the value to the set before testing membership, so every value looks seen
class Solution:
    def containsDuplicate(self, nums):
        seen = set()
        for x in nums:
            seen.add(x)
            if x in seen:
                return True
        return False
