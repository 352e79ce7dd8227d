# verdict: runtime_error
# why: the solution digs the judge's request out of the worker's memory (gc) and sends a reply with the right
#   nonce but nonsense fields; the judge treats everything in a reply as the solution's word: a malformed one
#   is the solution's failure, never a crash of drill
import gc
import json
import os
import struct


class Solution:
    def twoSum(self, nums, target):
        for obj in gc.get_objects():
            if isinstance(obj, dict) and obj.get("op") in ("run", "batch") and "nonce" in obj:
                body = json.dumps({"status": "ok", "nonce": obj["nonce"], "cpu": "fast", "result": {"a": 1}}).encode()
                for name in os.listdir("/proc/self/fd"):
                    try:
                        os.write(int(name), struct.pack(">I", len(body)) + body)
                    except OSError:
                        pass
                break
        return [0, 0]
