import random
import string

from hypothesis import strategies as st

MAX_STRINGS = 200
MAX_LENGTH = 200
# Characters that break the usual wrong formats: delimiters, digits (which run
# into length headers), escape characters, quotes, whitespace, NUL, DEL and the
# upper half (two bytes each in UTF-8).
TRICKY = "#,|;:/\\\"' \n\t0123456789\x00\x7f\x80\xe9\xff"


def _item():
    return st.one_of(
        st.text(alphabet=TRICKY, max_size=8),
        st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=255), max_size=20),
        st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=255), max_size=MAX_LENGTH),
    )


@st.composite
def _strings(draw):
    # The second form first draws a count, so lists near 200 strings show up
    # too; both shrink toward [""].
    low = draw(st.integers(1, MAX_STRINGS)) if draw(st.booleans()) else 1
    return [draw(st.lists(_item(), min_size=low, max_size=max(low, 12)))]


def random_input():
    return _strings()


def scale_input(n: int, rng: random.Random) -> list:
    # n strings of 0-200 characters: mostly printable (keeps the input compact
    # on the wire: other codes take 6 bytes each in JSON), with '#', digits and
    # every code 0-255 mixed in. A
    # decoder that re-slices the rest of the encoded string after each item
    # copies about n * (total length) / 2 characters: quadratic in n.
    pool = string.printable * 40 + "#" * 200 + string.digits * 40 + "".join(map(chr, range(256)))
    return [["".join(rng.choices(pool, k=rng.randint(0, MAX_LENGTH))) for _ in range(n)]]


def check_input(strs):
    # LeetCode's constraints (prompt.md): 1 to 200 strings, each of 0 to 200 characters,
    # every character's code from 0 to 255.
    if not 1 <= len(strs) <= MAX_STRINGS:
        return f"strs has {len(strs):,} strings; it takes 1 to 200"
    for i, s in enumerate(strs):
        if len(s) > MAX_LENGTH:
            return f"strs[{i}] has {len(s):,} characters; every string has 0 to 200"
        if s and max(s) > "\xff":
            j, ch = next((j, ch) for j, ch in enumerate(s) if ch > "\xff")
            return f"strs[{i}] holds {ch!r} (code {ord(ch)}) at index {j}; every character has a code from 0 to 255"
    return None
