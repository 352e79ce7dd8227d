import random

from hypothesis import strategies as st

def random_input():
    # Small n: readable failures, shrinking toward 0. Sizes up to the limit are
    # the scale stage's job, where a quadratic answer shows its growth.
    return (st.integers(0, 40) | st.integers(0, 2000)).map(lambda n: [n])


def scale_input(n: int, rng: random.Random) -> list:
    # The input is n itself: the answer has n + 1 entries, so n is the size.
    return [n]


def check_input(n):
    # LeetCode's constraints (prompt.md): 0 <= n <= 10^5.
    if not 0 <= n <= 10**5:
        return f"n is {n:,}; it is from 0 to 10^5"
    return None
