# verdict: wrong_answer
# mistake: sorts the distinct values themselves instead of their counts, returning the k largest values
class Solution:
    def topKFrequent(self, nums, k):
        return sorted(set(nums), reverse=True)[:k]
