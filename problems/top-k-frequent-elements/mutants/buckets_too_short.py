# verdict: runtime_error
# mistake: makes len(nums) buckets (indices 0..n-1), so a value that fills the whole list has no bucket for its count
class Solution:
    def topKFrequent(self, nums, k):
        buckets = [[] for _ in range(len(nums))]
        for value, c in Counter(nums).items():
            buckets[c].append(value)
        answer = []
        for bucket in reversed(buckets):
            for value in bucket:
                answer.append(value)
                if len(answer) == k:
                    return answer
        return answer
