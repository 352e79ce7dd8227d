class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        # One pass to count, then bucket the values by their count: a count is
        # between 1 and len(nums), so buckets[c] lists the values seen c times.
        counts = Counter(nums)
        buckets = [[] for _ in range(len(nums) + 1)]
        for value, c in counts.items():
            buckets[c].append(value)
        # Walk from the highest count down; the answer is unique, so the k-th
        # value taken never shares its count with a value left behind.
        answer = []
        for c in range(len(nums), 0, -1):
            for value in buckets[c]:
                answer.append(value)
                if len(answer) == k:
                    return answer
        return answer
