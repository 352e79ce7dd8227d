class Solution:
    def rob(self, nums: List[int]) -> int:
        # best(k) = the most that can be taken from the first k houses.
        # Either house k-1 is skipped (best(k-1)) or it is robbed, and then
        # house k-2 is not: best(k-2) + nums[k-1]. best(0) = 0, and best(-1)
        # is treated as 0 too, which makes best(1) = nums[0].
        two_back, one_back = 0, 0  # best(k-2), best(k-1)
        for money in nums:
            two_back, one_back = one_back, max(one_back, two_back + money)
        return one_back
