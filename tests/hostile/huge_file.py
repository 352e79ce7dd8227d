# verdict: runtime_error
# why: RLIMIT_FSIZE caps every file the solution writes; the write fails with "File too large"
class Solution:
    def twoSum(self, nums, target):
        with open("huge.bin", "wb") as f:
            while True:
                f.write(b"\0" * (1 << 20))
