# verdict: wrong_answer
# why: fake "accepted" replies written to every fd 0..20 never reach the judge's channel (its pipes sit at
#   high fd numbers), so the judge reads the real, wrong, answer
import json
import os
import struct

_body = json.dumps({"status": "ok", "result": [0, 1], "cpu": 0.0, "wall": 0.0, "nonce": "0" * 16}).encode()
FAKE = struct.pack(">I", len(_body)) + _body


class Solution:
    def twoSum(self, nums, target):
        for fd in range(21):
            try:
                os.write(fd, FAKE)
            except OSError:
                pass
        return [0, 0]
