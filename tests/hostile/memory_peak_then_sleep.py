# verdict: memory_limit_exceeded
# why: the call fills 1.1 GB (within RLIMIT_AS, which is only a backstop) and then sleeps; at the deadline the
#   judge reads the worker's peak resident memory before it kills it: over memory_mb, the verdict is about memory
import mmap
import time

SIZE = 1100 * 1024 * 1024


class Solution:
    def twoSum(self, nums, target):
        block = mmap.mmap(-1, SIZE)
        try:
            block.madvise(mmap.MADV_HUGEPAGE)  # fills in 2 MB pages where the kernel allows: quick
        except (AttributeError, OSError):
            pass
        for offset in range(0, SIZE, 4096):
            block[offset] = 1
        time.sleep(100)
