# verdict: time_limit_exceeded
# why: at scale (n = 10,000), a child stops the worker (SIGSTOP) as soon as it has answered and waits for the
#   next request, which is larger than a pipe's buffer and so can never be written in full; sending has a
#   deadline too, so the judge moves on instead of blocking for ever
import os
import signal
import time

_done = []


def _stop_when_waiting(worker):
    give_up = time.monotonic() + 5
    while time.monotonic() < give_up:
        try:
            with open(f"/proc/{worker}/task/{worker}/wchan") as f:
                if "pipe_read" in f.read():
                    break
        except OSError:
            break
        time.sleep(0.0005)
    os.kill(worker, signal.SIGSTOP)


class Solution:
    def twoSum(self, nums, target):
        if len(nums) >= 8000 and not _done:
            _done.append(True)
            worker = os.getpid()
            if os.fork() == 0:
                try:
                    _stop_when_waiting(worker)
                finally:
                    os._exit(0)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
