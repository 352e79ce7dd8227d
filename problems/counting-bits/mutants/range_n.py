# verdict: wrong_answer
# mistake: loops over range(n), so the count of n itself is missing
class Solution:
    def countBits(self, n):
        return [bin(i).count("1") for i in range(n)]
