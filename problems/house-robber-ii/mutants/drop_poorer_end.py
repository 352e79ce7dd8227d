# verdict: wrong_answer
# mistake: decides which end to give up by comparing the two end houses alone, instead of solving both lines
class Solution:
    def rob(self, nums):
        if len(nums) == 1:
            return nums[0]

        def line(houses):
            two_back = one_back = 0
            for money in houses:
                two_back, one_back = one_back, max(one_back, two_back + money)
            return one_back

        return line(nums[1:]) if nums[0] < nums[-1] else line(nums[:-1])
