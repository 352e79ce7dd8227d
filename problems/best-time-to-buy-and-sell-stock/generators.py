import random

from hypothesis import strategies as st

PRICE = 10**4

# A narrow band makes ties and repeated minima common (and shrinks to readable
# lists); the full range covers the extremes.
_price = st.integers(0, 20) | st.integers(0, PRICE)


def random_input():
    return st.lists(_price, min_size=1, max_size=60).map(lambda prices: [prices])


def scale_input(n: int, rng: random.Random) -> list:
    # n days of prices spread over the whole range: a pair scan compares every
    # buy day with every later sell day whatever the values, so nothing lets it stop early.
    return [rng.choices(range(PRICE + 1), k=n)]
