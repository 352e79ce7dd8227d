# verdict: accepted
# optimal: false
# mistake: builds every path of len(word) cells and compares only complete paths, never dropping a branch at a wrong letter
class Solution:
    def exist(self, board, word):
        m, n = len(board), len(board[0])
        path = []
        used = set()

        def grow(r, c):
            path.append(board[r][c])
            used.add((r, c))
            if len(path) == len(word):
                found = "".join(path) == word
            else:
                found = False
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < m and 0 <= nc < n and (nr, nc) not in used and grow(nr, nc):
                        found = True
                        break
            path.pop()
            used.discard((r, c))
            return found

        return any(grow(r, c) for r in range(m) for c in range(n))
