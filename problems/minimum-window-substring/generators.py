import random
import string

from hypothesis import strategies as st

LETTERS = string.ascii_letters


@st.composite
def _instance(draw):
    # Few letters make repeats in t and many overlapping windows; mixed case
    # checks that 'a' and 'A' are different characters.
    alphabet = draw(st.sampled_from(["ab", "abc", "aAbB", "abcde", LETTERS]))
    s = draw(st.text(alphabet=alphabet, min_size=1, max_size=12) | st.text(alphabet=alphabet, min_size=1, max_size=120))
    if draw(st.booleans()):
        # t drawn from s's own characters: a window usually exists.
        t = "".join(draw(st.lists(st.sampled_from(s), min_size=1, max_size=min(len(s), 6))))
        t = "".join(draw(st.permutations(t)))
    else:
        # t drawn freely: sometimes longer than s or with a letter s lacks.
        t = draw(st.text(alphabet=alphabet, min_size=1, max_size=8))
    return [s, t]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # s: n random lowercase letters, with 'U', 'V', 'W' at random places in its
    # first third and 'X', 'Y', 'Z' in its last third. t: those six capitals plus
    # n // 10 lowercase letters. The shortest window spans at least a third of
    # s, so growing a window from each start scans O(n) letters per start, and
    # re-checking all of t at each step costs O(n) too.
    s = [rng.choice(string.ascii_lowercase) for _ in range(n)]
    third = max(1, n // 3)
    for c, i in zip("UVW", rng.sample(range(third), 3)):
        s[i] = c
    for c, i in zip("XYZ", rng.sample(range(third), 3)):
        s[n - 1 - i] = c
    lower = "".join(rng.choice(string.ascii_lowercase) for _ in range(n // 10))
    return ["".join(s), "UVWXYZ" + lower]

_LETTERS = frozenset(LETTERS)


def check_input(s, t):
    # LeetCode's constraints (prompt.md): 1 <= m, n <= 10^5 (the lengths of s and t),
    # both made of uppercase and lowercase English letters only.
    for name, text in (("s", s), ("t", t)):
        if not 1 <= len(text) <= 10**5:
            return f"{name} has {len(text):,} characters; it takes 1 to 10^5"
        if not _LETTERS.issuperset(text):
            i, ch = next((i, ch) for i, ch in enumerate(text) if ch not in _LETTERS)
            return f"{name} holds {ch!r} at index {i}; it holds only English letters, upper- and lower-case"
    return None
