# verdict: wrong_answer
# mistake: counts the 1 digits of the decimal form instead of the binary form
class Solution:
    def hammingWeight(self, n):
        return str(n).count("1")
