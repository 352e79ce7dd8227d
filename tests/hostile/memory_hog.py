# verdict: memory_limit_exceeded
# why: asking for memory without end is refused by RLIMIT_AS (the address-space backstop); the MemoryError is the signal
class Solution:
    def twoSum(self, nums, target):
        hoard = []
        while True:
            hoard.append(bytes(50 * 1024 * 1024))
