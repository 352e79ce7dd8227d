import random
import string

from hypothesis import strategies as st


@st.composite
def _pair(draw):
    alphabet = draw(st.sampled_from(["ab", "abc", "abcd", string.ascii_lowercase]))
    s = draw(st.text(alphabet=alphabet, min_size=1, max_size=12) | st.text(alphabet=alphabet, min_size=1, max_size=200))
    how = draw(st.sampled_from(["shuffle", "shuffle", "change", "free"]))
    if how == "free":
        # Unrelated strings: mostly different lengths or counts.
        t = draw(st.text(alphabet=alphabet, min_size=1, max_size=len(s) + 2))
    else:
        t = "".join(draw(st.permutations(s)))
        if how == "change":
            # One letter replaced by another: same length, counts off by one.
            i = draw(st.integers(0, len(t) - 1))
            t = t[:i] + draw(st.sampled_from(alphabet)) + t[i + 1:]
    return [s, t]


def random_input():
    return _pair()


def scale_input(n: int, rng: random.Random) -> list:
    # An anagram pair of length n: s sorted a..z and t sorted z..a. Crossing
    # letters of s off a list of t's letters then searches past almost all of
    # the list for every letter, and nothing ends early, since the answer is true.
    letters = [rng.choice(string.ascii_lowercase) for _ in range(n)]
    s = "".join(sorted(letters))
    return [s, s[::-1]]


def check_input(s, t):
    # LeetCode's constraints (prompt.md): 1 <= s.length, t.length <= 5 * 10^4, lowercase English letters.
    for name, text in (("s", s), ("t", t)):
        if not 1 <= len(text) <= 5 * 10**4:
            return f"{name} has {len(text):,} letters; it takes 1 to 5 * 10^4"
        for i, ch in enumerate(text):
            if not "a" <= ch <= "z":
                return f"{name}[{i}] is {ch!r}; {name} holds lowercase English letters only"
    return None
