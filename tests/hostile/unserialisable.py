# verdict: wrong_answer
# why: a lock is no int; reading the answer back refuses it with a message
import threading


class Solution:
    def twoSum(self, nums, target):
        return [threading.Lock(), 1]
