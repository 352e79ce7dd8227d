import random
import string

from hypothesis import strategies as st

MAX_WORDS = 100
MAX_LENGTH = 100


def _alien_sorted(words, order):
    # Rename each alien letter to the English letter of the same rank; Python's
    # string order (a proper prefix first) is then exactly the alien dictionary order.
    to_english = str.maketrans("".join(order), string.ascii_lowercase[: len(order)])
    return sorted(words, key=lambda w: w.translate(to_english))


@st.composite
def _dictionary(draw):
    # The alien alphabet: a few letters in a random order (shrinks toward "abc...").
    k = draw(st.integers(1, 5) | st.integers(1, 26))
    order = draw(st.permutations(string.ascii_lowercase))[:k]
    # Short words over few letters share prefixes often, which is where the rules come from.
    word = st.text(alphabet=order, min_size=1, max_size=6) | st.text(
        alphabet=order, min_size=1, max_size=MAX_LENGTH
    )
    words = draw(st.lists(word, min_size=1, max_size=12) | st.lists(word, min_size=1, max_size=MAX_WORDS))
    words = _alien_sorted(words, order)
    # Most inputs are a real dictionary; some are broken so that no order may exist.
    damage = draw(st.sampled_from(["none", "none", "swap", "prefix"]))
    if damage == "swap" and len(words) >= 2:
        i = draw(st.integers(0, len(words) - 2))
        words[i], words[i + 1] = words[i + 1], words[i]
    elif damage == "prefix" and len(words) < MAX_WORDS:
        long_ones = [i for i, w in enumerate(words) if len(w) >= 2]
        if long_ones:
            i = draw(st.sampled_from(long_ones))
            cut = draw(st.integers(1, len(words[i]) - 1))
            words.insert(i + 1, words[i][:cut])
    return [words]


def random_input():
    return _dictionary()


def scale_input(n: int, rng: random.Random) -> list:
    # n valid words of length 100 over all 26 letters, sharing a 60-letter prefix:
    # every pair differs only after position 60, so comparing all pairs costs
    # ~60 steps each (quadratic in n), while neighbours alone cost 60n in total.
    order = list(string.ascii_lowercase)
    rng.shuffle(order)
    prefix = "".join(rng.choices(order, k=60))
    words = [prefix + "".join(rng.choices(order, k=MAX_LENGTH - 60)) for _ in range(n)]
    return [_alien_sorted(words, order)]


def check_input(words):
    # LeetCode's constraints (prompt.md): 1 <= words.length <= 100, 1 <= words[i].length <= 100,
    # lowercase English letters only. (An order that cannot exist is a valid input: the answer is "".)
    if not 1 <= len(words) <= MAX_WORDS:
        return f"words has {len(words):,} word{'' if len(words) == 1 else 's'}; it takes 1 to 100"
    for i, w in enumerate(words):
        if not 1 <= len(w) <= MAX_LENGTH:
            return f"words[{i}] has {len(w):,} letters; every word has 1 to 100"
        if not all("a" <= ch <= "z" for ch in w):
            return f"words[{i}] is {w!r}; words hold lowercase English letters only"
    return None
