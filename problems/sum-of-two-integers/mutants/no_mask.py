# verdict: time_limit_exceeded
# mistake: loops on Python's unbounded ints: with a negative operand the carry walks left for ever
class Solution:
    def getSum(self, a, b):
        while b:
            a, b = a ^ b, (a & b) << 1
        return a
