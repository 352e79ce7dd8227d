import random
import string
from math import isqrt

from hypothesis import strategies as st

# Few letters make long matching paths (and so real backtracking) likely; mixed
# case checks that "a" and "A" differ.
ALPHABETS = ["a", "ab", "abc", "aAbB", "ABCDE", string.ascii_letters]
MOVES = ((0, 1), (1, 0), (0, -1), (-1, 0))
# Random inputs stay cheap for plain backtracking: at most this many search
# steps even when every path is explored. The expensive boards are edge cases.
STEP_CAP = 20000


def _steps(board, word, cap):
    """Cells a backtracking search without pruning visits, exploring everything (stops past cap)."""
    m, n = len(board), len(board[0])
    used = [[False] * n for _ in range(m)]
    count = 0

    def go(r, c, i):
        nonlocal count
        count += 1
        if count > cap or board[r][c] != word[i] or i == len(word) - 1:
            return
        used[r][c] = True
        for dr, dc in MOVES:
            nr, nc = r + dr, c + dc
            if 0 <= nr < m and 0 <= nc < n and not used[nr][nc]:
                go(nr, nc, i + 1)
        used[r][c] = False

    for r in range(m):
        for c in range(n):
            go(r, c, 0)
    return count


def _affordable(board, word):
    """The longest prefix of word whose full search stays under STEP_CAP steps."""
    if _steps(board, word, STEP_CAP) <= STEP_CAP:
        return word
    lo, hi = 1, len(word) - 1  # the prefix of length lo is always cheap (at most 36 steps)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _steps(board, word[:mid], STEP_CAP) <= STEP_CAP:
            lo = mid
        else:
            hi = mid - 1
    return word[:lo]


@st.composite
def _instance(draw):
    m = draw(st.integers(1, 6))
    n = draw(st.integers(1, 6))
    alphabet = draw(st.sampled_from(ALPHABETS))
    cells = draw(st.lists(st.sampled_from(alphabet), min_size=m * n, max_size=m * n))
    board = [cells[r * n : (r + 1) * n] for r in range(m)]
    if draw(st.booleans()):
        # Read a word along a random path of the board, so that it is there...
        r, c = draw(st.integers(0, m - 1)), draw(st.integers(0, n - 1))
        length = draw(st.integers(1, 15))  # drawn first: plain lists would keep words short
        picks = draw(st.lists(st.integers(0, 3), min_size=length - 1, max_size=length - 1))
        path = [(r, c)]
        for pick in picks:
            options = [
                (r + dr, c + dc)
                for dr, dc in MOVES
                if 0 <= r + dr < m and 0 <= c + dc < n and (r + dr, c + dc) not in path
            ]
            if not options:
                break
            r, c = options[pick % len(options)]
            path.append((r, c))
        word = "".join(board[r][c] for r, c in path)
        # ...unless one letter is changed, which usually leaves a near miss.
        if draw(st.booleans()):
            i = draw(st.integers(0, len(word) - 1))
            word = word[:i] + draw(st.sampled_from(alphabet + "z")) + word[i + 1 :]
    else:
        length = draw(st.integers(1, 15))
        word = draw(st.text(alphabet=alphabet, min_size=length, max_size=length))
    return [board, _affordable(board, word)]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # A square board of about n cells over "abcde" where no two "e" cells touch,
    # and a 15-letter word ending in "ee": never there, but every letter count
    # suffices, so count pruning cannot answer it and the search really runs.
    # From each start the search dies within a few letters, so correct
    # backtracking is linear in the cells.
    side = max(2, isqrt(n))
    board = [[rng.choice("abcde") for _ in range(side)] for _ in range(side)]
    for r in range(side):
        for c in range(side):
            if board[r][c] == "e" and ((r and board[r - 1][c] == "e") or (c and board[r][c - 1] == "e")):
                board[r][c] = rng.choice("abcd")
    word = "".join(rng.choice("abcde") for _ in range(13)) + "ee"
    return [board, word]

_LETTERS = frozenset(string.ascii_letters)


def check_input(board, word):
    # LeetCode's constraints (prompt.md): an m by n board with 1 <= m, n <= 6 (every row as
    # long as the first), 1 <= word.length <= 15, one English letter per cell and only
    # English letters in word, lower- and upper-case.
    m = len(board)
    if not 1 <= m <= 6:
        return f"board has {m} rows; m is from 1 to 6"
    n = len(board[0])
    for r, row in enumerate(board):
        if len(row) != n:
            cells = f"{len(row)} cell{'' if len(row) == 1 else 's'}"
            return f"board[{r}] has {cells} and board[0] {n}; every row has the same length"
        for c, cell in enumerate(row):
            if len(cell) != 1 or cell not in _LETTERS:
                return f"board[{r}][{c}] is {cell!r}; every cell holds one English letter"
    if not 1 <= n <= 6:
        return f"board has {n} columns; n is from 1 to 6"
    if not 1 <= len(word) <= 15:
        return f"word has {len(word)} letters; it takes 1 to 15"
    for i, ch in enumerate(word):
        if ch not in _LETTERS:
            return f"word holds {ch!r} at index {i}; it holds only English letters"
    return None
