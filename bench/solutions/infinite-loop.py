class Solution:
    def twoSum(self, nums, target):
        while True:
            pass
