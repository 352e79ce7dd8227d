# verdict: accepted
# optimal: false
# mistake: peels the top row and rotates the rest with zip on every turn, copying the remaining grid each time: O(mn(m+n))
class Solution:
    def spiralOrder(self, matrix):
        out = []
        while matrix:
            out += matrix.pop(0)
            matrix = [list(row) for row in zip(*matrix)][::-1]
        return out
