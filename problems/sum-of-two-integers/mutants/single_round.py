# verdict: wrong_answer
# mistake: one round of XOR and carry, OR-ed together: wrong whenever a carry meets another 1-bit
class Solution:
    def getSum(self, a, b):
        return (a ^ b) | ((a & b) << 1)
