# verdict: runtime_error
# why: RLIMIT_NOFILE ends an unbounded open() loop with "Too many open files"
class Solution:
    def twoSum(self, nums, target):
        kept = []
        while True:
            kept.append(open("/dev/null"))
