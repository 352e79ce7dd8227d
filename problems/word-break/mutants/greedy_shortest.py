# verdict: wrong_answer
# mistake: cuts greedily as soon as the piece read so far is a word, never trying a longer piece
class Solution:
    def wordBreak(self, s, wordDict):
        words = set(wordDict)
        piece = ""
        for ch in s:
            piece += ch
            if piece in words:
                piece = ""
        return piece == ""
