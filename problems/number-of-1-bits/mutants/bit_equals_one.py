# verdict: wrong_answer
# mistake: compares the masked bit with 1, but n & (1 << i) is 2**i, so only bit 0 is counted
class Solution:
    def hammingWeight(self, n):
        count = 0
        for i in range(32):
            if (n & (1 << i)) == 1:
                count += 1
        return count
