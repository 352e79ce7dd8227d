import random
import string

from hypothesis import strategies as st

PRINTABLE = "".join(chr(c) for c in range(32, 127))  # letters, digits, symbols, space


@st.composite
def _string(draw):
    # A few letters make repeats (and windows that must shrink) frequent; the
    # full printable range covers spaces and symbols and long distinct runs.
    alphabet = draw(st.sampled_from(["ab", "abc", "abcdef", string.ascii_lowercase, PRINTABLE]))
    s = draw(st.text(alphabet=alphabet, max_size=12) | st.text(alphabet=alphabet, max_size=120))
    return [s]


def random_input():
    return _string()


def scale_input(n: int, rng: random.Random) -> list:
    # n characters: shuffled copies of all 95 printable characters, one after
    # another. Every window of up to ~95 characters is distinct, so solutions
    # that grow a window from each start do their maximal (bounded) work, and
    # the answer is close to 95.
    chars = list(PRINTABLE)
    out = []
    while len(out) < n:
        rng.shuffle(chars)
        out.extend(chars)
    return ["".join(out[:n])]


def check_input(s):
    # LeetCode's constraints (prompt.md): 0 <= s.length <= 5 * 10^4; English letters, digits,
    # symbols and spaces (printable ASCII, here).
    if len(s) > 5 * 10**4:
        return f"s has {len(s):,} characters; at most 5 * 10^4"
    for i, ch in enumerate(s):
        if not " " <= ch <= "~":
            return f"s[{i}] is {ch!r}; s holds English letters, digits, symbols and spaces only"
    return None
