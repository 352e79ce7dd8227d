# verdict: wrong_answer
# mistake: counts in an array indexed by the value itself, so a negative value lands at the other end and collides with a positive one
class Solution:
    def topKFrequent(self, nums, k):
        size = max(abs(x) for x in nums) + 1
        counts = [0] * size
        for x in nums:
            counts[x] += 1
        order = sorted((v for v in range(size) if counts[v]), key=lambda v: -counts[v])
        return order[:k]
