# verdict: memory_limit_exceeded
# why: two threads fill memory page by page without end; RLIMIT_AS refuses an allocation (MemoryError) or, if
#   the deadline comes first, the judge reads the worker's peak resident memory: over the problem's memory_mb,
#   the verdict is about memory, never time
import threading


def fill(hoard):
    while True:
        hoard.append(bytearray(50 * 1024 * 1024))


class Solution:
    def twoSum(self, nums, target):
        hoard = []
        threading.Thread(target=fill, args=(hoard,), daemon=True).start()
        fill(hoard)
