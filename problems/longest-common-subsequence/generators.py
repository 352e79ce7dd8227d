import random
import string

from hypothesis import strategies as st

LETTERS = string.ascii_lowercase


@st.composite
def _pair(draw):
    # Two or three letters make long common subsequences and many ties between
    # "drop a letter of text1" and "drop a letter of text2"; the whole alphabet
    # makes short ones. Short strings shrink to readable failures; long ones
    # reach the 1,000-letter limit now and then.
    alphabet = draw(st.sampled_from(["ab", "abc", "acgt", "abcdefgh", LETTERS]))
    text = st.text(alphabet=alphabet, min_size=1, max_size=10) | st.text(alphabet=alphabet, min_size=1, max_size=1000)
    return [draw(text), draw(text)]


def random_input():
    return _pair()


def scale_input(n: int, rng: random.Random) -> list:
    # Two random n-letter strings over the whole alphabet: matches are rare,
    # so a memoised recursion visits nearly all n² states, and a recursion
    # without a memo branches at almost every pair.
    return ["".join(rng.choice(LETTERS) for _ in range(n)) for _ in range(2)]


def check_input(text1, text2):
    # LeetCode's constraints (prompt.md): 1 <= text1.length, text2.length <= 1000, lowercase English letters only.
    for name, text in (("text1", text1), ("text2", text2)):
        if not 1 <= len(text) <= 1000:
            return f"{name} has {len(text):,} letters; it takes 1 to 1000"
        for i, ch in enumerate(text):
            if not "a" <= ch <= "z":
                return f"{name}[{i}] is {ch!r}; the texts hold lowercase English letters only"
    return None
