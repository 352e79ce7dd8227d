class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # Word Search once per word: backtrack from every cell. Nothing is shared
        # between words, so words with a common prefix repeat the same walks.
        rows, cols = len(board), len(board[0])

        def match(r, c, word, i):
            if board[r][c] != word[i]:
                return False
            if i == len(word) - 1:
                return True
            board[r][c] = "#"
            ok = False
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and match(nr, nc, word, i + 1):
                    ok = True
                    break
            board[r][c] = word[i]
            return ok

        return [w for w in words if any(match(r, c, w, 0) for r in range(rows) for c in range(cols))]
