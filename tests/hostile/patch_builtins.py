# verdict: accepted
# why: len, json.dumps, json.loads, os.write and os.read are patched after the answer is computed; the worker
#   puts back what its own protocol code uses before it reads or writes a message, so the true answer arrives
import builtins
import json
import os


class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                answer = [seen[target - x], i]
                break
            seen[x] = i
        builtins.len = lambda obj: 0
        json.dumps = lambda *args, **kwargs: '{"status": "ok", "result": [0, 1]}'
        json.loads = lambda *args, **kwargs: {}
        os.write = lambda fd, data: 0
        os.read = lambda fd, n: b""
        return answer
