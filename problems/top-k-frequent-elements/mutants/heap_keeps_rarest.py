# verdict: wrong_answer
# mistake: keeps a max-heap of size k by negating counts, so each push beyond k throws out the most frequent value
class Solution:
    def topKFrequent(self, nums, k):
        heap = []
        for value, c in Counter(nums).items():
            heapq.heappush(heap, (-c, value))
            if len(heap) > k:
                heapq.heappop(heap)
        return [value for _, value in heap]
