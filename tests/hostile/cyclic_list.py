# verdict: wrong_answer
# why: a list that contains itself is refused when the answer is read back, with a message
class Solution:
    def twoSum(self, nums, target):
        a = []
        a.append(a)
        return a
