# verdict: time_limit_exceeded
# mistake: counts each distinct value with nums.count, a full pass per value: O(n · distinct)
class Solution:
    def topKFrequent(self, nums, k):
        counts = {v: nums.count(v) for v in set(nums)}
        return sorted(counts, key=counts.get, reverse=True)[:k]
