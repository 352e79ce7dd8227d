import random

from hypothesis import strategies as st

TOP_COIN = 2**31 - 1
AMOUNT = 10**4

# Small denominations shrink to readable failures and make awkward
# combinations (where the largest coin first is wrong) common; huge ones cover
# coins that can never be used; amounts are small often and span the range
# sometimes.
_coin = st.integers(1, 12) | st.integers(1, 100) | st.integers(1, TOP_COIN)
_coins = st.lists(_coin, min_size=1, max_size=12, unique=True)
_amount = st.integers(0, 40) | st.integers(0, AMOUNT)


def random_input():
    return st.tuples(_coins, _amount).map(list)


def scale_input(n: int, rng: random.Random) -> list:
    # n is the amount. Twelve distinct small coins (the most LeetCode allows)
    # make every remainder reachable, so a memoised recursion visits all n of
    # them, and an exponential search never finishes.
    return [rng.sample(range(2, 200), 12), n]


def check_input(coins, amount):
    # LeetCode's constraints (prompt.md): 1 <= coins.length <= 12, 1 <= coins[i] <= 2^31 - 1,
    # distinct denominations, 0 <= amount <= 10^4.
    if not 1 <= len(coins) <= 12:
        return f"coins has {len(coins)} denominations; it takes 1 to 12"
    for i, c in enumerate(coins):
        if not 1 <= c <= TOP_COIN:
            return f"coins[{i}] is {c:,}; every coin is from 1 to 2^31 - 1"
    if len(set(coins)) != len(coins):
        twice = next(c for c in coins if coins.count(c) > 1)
        return f"coins holds {twice} twice; the denominations are distinct"
    if not 0 <= amount <= AMOUNT:
        return f"amount is {amount:,}; it is from 0 to 10^4"
    return None
