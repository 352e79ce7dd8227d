class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        # seen holds exactly the values met before the current one.
        seen = set()
        for x in nums:
            if x in seen:
                return True
            seen.add(x)
        return False
