import random
import string

from hypothesis import strategies as st


@st.composite
def _instance(draw):
    # Two or three letters give long mixed runs where replacements matter; the
    # full alphabet covers the 26-letter range.
    alphabet = draw(st.sampled_from(["AB", "ABC", "ABCDE", string.ascii_uppercase]))
    s = draw(st.text(alphabet=alphabet, min_size=1, max_size=12) | st.text(alphabet=alphabet, min_size=1, max_size=150))
    # k shrinks toward 0; it may reach len(s).
    k = draw(st.integers(0, min(3, len(s))) | st.integers(0, len(s)))
    return [s, k]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n letters, 90% 'A' and the rest spread at random, with k half the number
    # of other letters: the answer is about half of n, so a window grown from
    # each start runs for ~n/2 letters before it needs k + 1 changes.
    s = [("A" if rng.random() < 0.9 else rng.choice(string.ascii_uppercase[1:])) for _ in range(n)]
    others = sum(c != "A" for c in s)
    return ["".join(s), others // 2]
