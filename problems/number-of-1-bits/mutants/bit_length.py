# verdict: wrong_answer
# mistake: returns how long the binary form is rather than how many 1s it has
class Solution:
    def hammingWeight(self, n):
        return n.bit_length()
