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
