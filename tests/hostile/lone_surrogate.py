# verdict: runtime_error
# why: an exception message (and printed output) holding a lone surrogate, which no terminal can print;
#   the report escapes it instead of failing when it is shown
import sys


class Solution:
    def twoSum(self, nums, target):
        sys.stdout.buffer.write(b"\xed\xa0\x80 not UTF-8 \xff\n")
        raise ValueError("bad \ud800 character")
