# verdict: accepted
# why: a non-daemon thread that never ends, started after the answer is computed, must not keep the judge waiting
import threading

_started = []


class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                answer = [seen[target - x], i]
                break
            seen[x] = i
        if not _started:
            t = threading.Thread(target=threading.Event().wait, daemon=False)
            t.start()
            _started.append(t)
        return answer
