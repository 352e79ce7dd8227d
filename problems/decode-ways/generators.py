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
