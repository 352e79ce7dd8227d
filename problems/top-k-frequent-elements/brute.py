class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # Count every distinct value with its own pass over nums: O(n · distinct).
        distinct = set(nums)
        by_count = sorted(distinct, key=lambda v: nums.count(v), reverse=True)
        return by_count[:k]
