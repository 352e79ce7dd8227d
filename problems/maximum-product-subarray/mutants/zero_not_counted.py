# verdict: wrong_answer
# mistake: splits the list at zeros and scores the pieces, but never counts a zero itself as a subarray
class Solution:
    def maxProduct(self, nums):
        best = None
        piece = []
        for x in nums + [0]:
            if x != 0:
                piece.append(x)
                continue
            if piece:
                best = self.piece_best(piece) if best is None else max(best, self.piece_best(piece))
            piece = []
        return best if best is not None else 0

    def piece_best(self, piece):
        # Without zeros the best run is a prefix or a suffix of the piece.
        best = piece[0]
        for seq in (piece, piece[::-1]):
            p = 1
            for x in seq:
                p *= x
                best = max(best, p)
        return best
