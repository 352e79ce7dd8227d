import random
import string

from hypothesis import strategies as st


@st.composite
def _words(draw):
    # Short words over two or three letters collide often (anagrams, exact
    # duplicates, the empty string); the full alphabet covers length up to 100.
    alphabet = draw(st.sampled_from(["ab", "abc", "abcd", string.ascii_lowercase]))
    word = st.text(alphabet=alphabet, max_size=4) | st.text(alphabet=alphabet, max_size=100)
    strs = draw(st.lists(word, min_size=1, max_size=12) | st.lists(word, min_size=1, max_size=60))
    # Add shuffled copies of some words so real anagram groups appear.
    for i in draw(st.lists(st.integers(0, len(strs) - 1), max_size=6)):
        strs.append("".join(draw(st.permutations(strs[i]))))
    return [strs]


def random_input():
    return _words()


def scale_input(n: int, rng: random.Random) -> list:
    # n strings of 20 letters, almost all in groups of their own: a solution
    # that compares each string with every earlier group does ~n^2/2 checks.
    # About one string in ten is a shuffle of an earlier one.
    strs = []
    for _ in range(n):
        if strs and rng.random() < 0.1:
            letters = list(rng.choice(strs))
            rng.shuffle(letters)
            strs.append("".join(letters))
        else:
            strs.append("".join(rng.choice(string.ascii_lowercase) for _ in range(20)))
    return [strs]


def check_input(strs):
    # LeetCode's constraints (prompt.md): 1 <= strs.length <= 10^4, 0 <= strs[i].length <= 100,
    # lowercase English letters.
    if not 1 <= len(strs) <= 10**4:
        return f"strs has {len(strs):,} strings; it takes 1 to 10^4"
    for i, w in enumerate(strs):
        if len(w) > 100:
            return f"strs[{i}] has {len(w):,} letters; every string has 0 to 100"
        if not all("a" <= ch <= "z" for ch in w):
            return f"strs[{i}] is {w!r}; strings hold lowercase English letters only"
    return None
