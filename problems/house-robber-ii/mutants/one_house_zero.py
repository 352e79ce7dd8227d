# verdict: wrong_answer
# mistake: compares the two lines without the one-house special case, so a ring of one house answers 0
class Solution:
    def rob(self, nums):
        def line(houses):
            two_back = one_back = 0
            for money in houses:
                two_back, one_back = one_back, max(one_back, two_back + money)
            return one_back

        return max(line(nums[1:]), line(nums[:-1]))
