class Solution:
    def rob(self, nums: List[int]) -> int:
        # The first and the last house are neighbours, so at least one of them
        # is skipped. Skipping the first leaves houses 1..n-1 in a line;
        # skipping the last leaves 0..n-2 in a line. Each line is House Robber.
        if len(nums) == 1:
            return nums[0]  # both lines would be empty
        return max(self.line(nums, 1, len(nums)), self.line(nums, 0, len(nums) - 1))

    @staticmethod
    def line(nums: List[int], lo: int, hi: int) -> int:
        # best(k) for the first k houses of nums[lo:hi], kept as two values.
        two_back, one_back = 0, 0
        for i in range(lo, hi):
            two_back, one_back = one_back, max(one_back, two_back + nums[i])
        return one_back
