# verdict: runtime_error
# why: a fake reply written to every open fd (found in /proc/self/fd) reaches the judge's channel,
#   but it lacks the request's nonce: the judge says the channel was tampered with, never accepts it
import json
import os
import struct

_body = json.dumps({"status": "ok", "result": [0, 1], "cpu": 0.0, "wall": 0.0, "nonce": "0" * 16}).encode()
FAKE = struct.pack(">I", len(_body)) + _body


class Solution:
    def twoSum(self, nums, target):
        for name in os.listdir("/proc/self/fd"):
            try:
                os.write(int(name), FAKE)
            except OSError:
                pass
        return [0, 0]
