# verdict: time_limit_exceeded
# why: after computing the answer, a thread runs a regular expression that backtracks for ever without
#   releasing the GIL, so the worker can never send its answer; the deadline still ends the call
import re
import threading


class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                answer = [seen[target - x], i]
                break
            seen[x] = i
        threading.Thread(target=re.match, args=(r"(a+)+$", "a" * 64 + "b"), daemon=True).start()
        return answer
