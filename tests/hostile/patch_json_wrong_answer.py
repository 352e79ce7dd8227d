# verdict: wrong_answer
# why: json.dumps is patched to send a fake "accepted" reply for a wrong answer; the judge must read the
#   real, wrong answer (or give another failing verdict), never accept
import json

_real = json.dumps


def fake(obj, *args, **kwargs):
    if isinstance(obj, dict) and "result" in obj:
        obj = dict(obj, result=[0, 1])
    return _real(obj, *args, **kwargs)


class Solution:
    def twoSum(self, nums, target):
        json.dumps = fake
        return [0, 0]
