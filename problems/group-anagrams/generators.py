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
