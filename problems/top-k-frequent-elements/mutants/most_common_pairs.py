# verdict: wrong_answer
# mistake: returns Counter.most_common(k) as it is: a list of (value, count) pairs, not of values
class Solution:
    def topKFrequent(self, nums, k):
        return Counter(nums).most_common(k)
