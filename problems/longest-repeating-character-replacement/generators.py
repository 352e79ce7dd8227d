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

_UPPER = frozenset(string.ascii_uppercase)


def check_input(s, k):
    # LeetCode's constraints (prompt.md): 1 <= s.length <= 10^5, uppercase English letters
    # only, 0 <= k <= s.length.
    if not 1 <= len(s) <= 10**5:
        return f"s has {len(s):,} characters; it takes 1 to 10^5"
    if not _UPPER.issuperset(s):
        i, ch = next((i, ch) for i, ch in enumerate(s) if ch not in _UPPER)
        return f"s holds {ch!r} at index {i}; it holds only uppercase English letters"
    if not 0 <= k <= len(s):
        return f"k is {k:,}; it is from 0 to s.length ({len(s):,})"
    return None
