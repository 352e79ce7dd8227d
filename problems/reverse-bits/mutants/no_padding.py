# verdict: wrong_answer
# mistake: reverses bin(n) without padding it to 32 digits, so leading zeros never become trailing zeros
class Solution:
    def reverseBits(self, n):
        return int(bin(n)[2:][::-1], 2)
