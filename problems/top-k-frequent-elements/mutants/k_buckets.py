# verdict: wrong_answer
# mistake: takes every value from the k highest non-empty buckets, counting buckets instead of values
class Solution:
    def topKFrequent(self, nums, k):
        buckets = [[] for _ in range(len(nums) + 1)]
        for value, c in Counter(nums).items():
            buckets[c].append(value)
        answer, taken = [], 0
        for bucket in reversed(buckets):
            if bucket and taken < k:
                answer.extend(bucket)
                taken += 1
        return answer
