# verdict: memory_limit_exceeded
# why: the call fills 1.1 GB (within RLIMIT_AS, which is only a backstop), lets it go and answers right; the
#   judge reads the worker's peak resident memory after every call, and more than memory_mb is over the limit
import mmap

SIZE = 1100 * 1024 * 1024


def fill():
    block = mmap.mmap(-1, SIZE)
    try:
        block.madvise(mmap.MADV_HUGEPAGE)  # fills in 2 MB pages where the kernel allows: quick, and the point
    except (AttributeError, OSError):  # is what the judge reads afterwards, not how long the filling took
        pass
    for offset in range(0, SIZE, 4096):
        block[offset] = 1
    block.close()


class Solution:
    def twoSum(self, nums, target):
        fill()
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
