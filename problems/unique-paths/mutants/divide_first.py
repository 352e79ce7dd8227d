# verdict: wrong_answer
# mistake: in the product formula, integer-divides each factor before multiplying, which rounds factors down
class Solution:
    def uniquePaths(self, m, n):
        moves, down = m + n - 2, min(m, n) - 1
        result = 1
        for i in range(down):
            result *= (moves - i) // (i + 1)
        return result
