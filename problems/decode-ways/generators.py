import random

from hypothesis import strategies as st

MAX_LEN = 100
LIMIT = 2**31 - 1  # LeetCode: the answer fits in a 32-bit signed integer


def capped(s: str) -> str:
    """s with digits replaced by "0" wherever the count of readings would pass LIMIT.

    A "0" at position i leaves ways(i+1) = ways(i-1) or 0, never more than an
    earlier count, so the running count stays within LIMIT; zeros in the middle
    are an edge worth having anyway.
    """
    out = list(s)
    two_back, one_back = 0, 1
    for i in range(1, len(out) + 1):
        for attempt in (out[i - 1], "0"):
            out[i - 1] = attempt
            ways = one_back if attempt != "0" else 0
            if i >= 2 and "10" <= out[i - 2] + attempt <= "26":
                ways += two_back
            if ways <= LIMIT:
                break
        two_back, one_back = one_back, ways
    return "".join(out)


# Alphabets from the ones that branch most (1s and 2s) to the ones full of
# zeros and of pairs past 26; short strings often, up to 100 digits sometimes.
_alphabets = st.sampled_from(["12", "120", "0123", "1267", "1230789", "0123456789"])


@st.composite
def _digits(draw):
    alphabet = draw(_alphabets)
    s = draw(st.text(alphabet=alphabet, min_size=1, max_size=8) | st.text(alphabet=alphabet, min_size=1, max_size=MAX_LEN))
    return [capped(s)]


def random_input():
    return _digits()


def scale_input(n: int, rng: random.Random) -> list:
    # n digits, nearly all 1s and 2s, so almost every position can start a
    # one-digit or a two-digit code: the count grows like Fibonacci until it
    # meets the 32-bit cap (about 45 digits), and the plain recursion makes
    # about that many calls.
    s = "".join(rng.choice("1212121217") for _ in range(n))
    return [capped(s)]


def check_input(s):
    # LeetCode's constraints (prompt.md): 1 <= s.length <= 100, digits only (a leading 0 is allowed),
    # the answer fits in a 32-bit signed integer.
    if not 1 <= len(s) <= MAX_LEN:
        return f"s has {len(s):,} characters; it takes 1 to 100"
    for i, ch in enumerate(s):
        if not "0" <= ch <= "9":
            return f"s[{i}] is {ch!r}; s holds digits only"
    two_back, one_back = 0, 1  # readings of the prefixes one shorter and two shorter
    for i in range(len(s)):
        ways = one_back if s[i] != "0" else 0
        if i >= 1 and "10" <= s[i - 1 : i + 1] <= "26":
            ways += two_back
        two_back, one_back = one_back, ways
    if one_back > LIMIT:
        return f"s has {one_back:,} readings; the answer must fit in a 32-bit signed integer (at most 2^31 - 1)"
    return None
