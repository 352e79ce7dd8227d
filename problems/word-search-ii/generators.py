import random
import string

from hypothesis import strategies as st

SIDE = 12


def _trace(board, rng_choice, start, steps):
    """Spell a word along a path of adjacent, distinct cells (stops early at a dead end)."""
    rows, cols = len(board), len(board[0])
    r, c = start
    seen = {(r, c)}
    word = [board[r][c]]
    for pick in steps:
        nxt = [
            (r + dr, c + dc)
            for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1))
            if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in seen
        ]
        if not nxt:
            break
        r, c = rng_choice(nxt, pick)
        seen.add((r, c))
        word.append(board[r][c])
    return "".join(word)


@st.composite
def _instance(draw):
    # Small boards over two or three letters (shrinking to a 1x1 board of "a"),
    # sometimes up to 12x12 over the whole alphabet.
    big = draw(st.booleans())
    rows = draw(st.integers(1, SIDE if big else 4))
    cols = draw(st.integers(1, SIDE if big else 4))
    letters = draw(st.sampled_from(["ab", "abc", string.ascii_lowercase]))
    board = [[draw(st.sampled_from(letters)) for _ in range(cols)] for _ in range(rows)]
    words = []
    # Words traced along the board (present), and free words over the same
    # letters (mostly absent, often sharing a prefix with a present one).
    for _ in range(draw(st.integers(0, 6))):
        start = (draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1)))
        steps = draw(st.lists(st.integers(0, 3), max_size=9))
        words.append(_trace(board, lambda opts, k: opts[k % len(opts)], start, steps))
    words += draw(st.lists(st.text(alphabet=letters, min_size=1, max_size=10), max_size=8))
    words = list(dict.fromkeys(words))  # distinct, in first-seen order
    if not words:
        words = [letters[0]]
    return [board, words]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n words on a 12x12 board that is mostly "a". Nine words in ten are a run of
    # three to five letters, mostly "a", then an ending that is usually nowhere on
    # the board: searching each word on its own re-walks the same thousands of
    # "a" paths, while a trie walks them once. The rest are traced along the board
    # from a rarer letter, so some words are found without making every path deep.
    rare = string.ascii_lowercase[1:]
    board = [["a" if rng.random() < 0.85 else rng.choice(rare) for _ in range(SIDE)] for _ in range(SIDE)]
    starts = [(r, c) for r in range(SIDE) for c in range(SIDE) if board[r][c] != "a"] or [(0, 0)]
    words: set[str] = set()
    while len(words) < n:
        if rng.random() < 0.1:
            steps = [rng.randrange(4) for _ in range(rng.randint(2, 6))]
            words.add(_trace(board, lambda opts, k: opts[k % len(opts)], rng.choice(starts), steps))
        else:
            head = "".join("a" if rng.random() < 0.9 else rng.choice(rare) for _ in range(rng.randint(3, 5)))
            tail = "".join(rng.choices(string.ascii_lowercase, k=rng.randint(1, 10 - len(head))))
            words.add(head + tail)
    return [board, sorted(words)]


def check_input(board, words):
    # LeetCode's constraints (prompt.md): m rows of n cells, 1 <= m, n <= 12, each cell one lowercase
    # letter; 1 <= words.length <= 3 * 10^4, each word 1 to 10 lowercase letters, all different.
    if not 1 <= len(board) <= SIDE:
        return f"board has {len(board)} row{'' if len(board) == 1 else 's'}; it takes 1 to 12"
    width = len(board[0])
    if not 1 <= width <= SIDE:
        return f"board[0] has {width} cells; a row holds 1 to 12"
    for r, row in enumerate(board):
        if len(row) != width:
            return f"board[{r}] has {len(row)} cell{'' if len(row) == 1 else 's'} but board[0] has {width}; every row has the same length"
        for c, cell in enumerate(row):
            if len(cell) != 1 or not "a" <= cell <= "z":
                return f"board[{r}][{c}] is {cell!r}; every cell is one lowercase English letter"
    if not 1 <= len(words) <= 3 * 10**4:
        return f"words has {len(words):,} words; it takes 1 to 3 * 10^4"
    seen = {}
    for i, word in enumerate(words):
        if not 1 <= len(word) <= 10:
            return f"words[{i}] has {len(word)} letter{'' if len(word) == 1 else 's'}; a word has 1 to 10"
        if not all("a" <= ch <= "z" for ch in word):
            return f"words[{i}] is {word!r}; words hold lowercase English letters only"
        if word in seen:
            return f"words[{i}] is {word!r}, as is words[{seen[word]}]; all the words are different"
        seen[word] = i
    return None
