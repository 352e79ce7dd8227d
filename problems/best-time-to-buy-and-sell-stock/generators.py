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


def check_input(prices):
    # LeetCode's constraints (prompt.md): 1 <= prices.length <= 10^5, 0 <= prices[i] <= 10^4.
    if not 1 <= len(prices) <= 10**5:
        return f"prices has {len(prices):,} days; it takes 1 to 10^5"
    for i, x in enumerate(prices):
        if not 0 <= x <= PRICE:
            return f"prices[{i}] is {x:,}; every price is from 0 to 10^4"
    return None
