# verdict: wrong_answer
# mistake: starts the one-row update at column 0, so row[0] += row[-1] adds the last column through Python's negative index
class Solution:
    def uniquePaths(self, m, n):
        row = [1] * n
        for _ in range(1, m):
            for c in range(n):
                row[c] += row[c - 1]
        return row[-1]
