class Solution:
    def exist(self, board: List[List[str]], word: str) -> bool:
        m, n = len(board), len(board[0])
        if len(word) > m * n:
            return False

        # Pruning: a path uses each cell once, so the board must hold every
        # letter at least as often as the word does.
        have = Counter(ch for row in board for ch in row)
        if any(have[ch] < k for ch, k in Counter(word).items()):
            return False
        # A path read backwards spells the reversed word. Starting from the end
        # whose letter is rarer gives fewer starting cells and earlier dead ends.
        if have[word[0]] > have[word[-1]]:
            word = word[::-1]
        last = len(word) - 1

        def extend(r: int, c: int, i: int) -> bool:
            # board[r][c] equals word[i] and is not on the current path.
            if i == last:
                return True
            board[r][c] = "#"  # on the path now; "#" never equals a letter
            found = False
            for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if 0 <= nr < m and 0 <= nc < n and board[nr][nc] == word[i + 1] and extend(nr, nc, i + 1):
                    found = True
                    break
            board[r][c] = word[i]  # off the path again: later paths may use it
            return found

        return any(board[r][c] == word[0] and extend(r, c, 0) for r in range(m) for c in range(n))
