class Solution:
    def rob(self, nums: List[int]) -> int:
        # A different split from the reference's, checked against it: house 0
        # is either skipped (houses 1..n-1 form a line) or robbed (then houses
        # 1 and n-1 are off limits and houses 2..n-2 form a line). Each line is
        # solved with an O(n²) DP over "the last house robbed".
        n = len(nums)
        if n == 1:
            return nums[0]
        skip_first = self.line(nums[1:])
        rob_first = nums[0] + self.line(nums[2 : n - 1])
        return max(skip_first, rob_first)

    @staticmethod
    def line(houses: List[int]) -> int:
        ending = []
        for i, money in enumerate(houses):
            ending.append(money + max(ending[: max(i - 1, 0)], default=0))
        return max(ending, default=0)
