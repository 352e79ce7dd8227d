import math
import random

from hypothesis import strategies as st

SIDE = 100
LIMIT = 2 * 10**9  # LeetCode: the answer is at most 2·10^9


def paths(m: int, n: int) -> int:
    return math.comb(m + n - 2, m - 1)


def within_bound(mn: tuple) -> list:
    # Shrink the shorter side until the answer is within LeetCode's bound:
    # large grids then become long thin ones (100 × 6 and the like), which
    # carry the largest answers.
    m, n = mn
    while paths(m, n) > LIMIT:
        if m <= n:
            m -= 1
        else:
            n -= 1
    return [m, n]


_side = st.integers(1, 8) | st.integers(1, SIDE)


def random_input():
    return st.tuples(_side, _side).map(within_bound)


def scale_input(k: int, rng: random.Random) -> list:
    # k moves (m + n - 2 = k): of the grids with k moves within the bound, the
    # one with the most paths, i.e. as close to square as the bound allows.
    # The plain recursion does about one call per path.
    down = min(k // 2, SIDE - 1)
    while math.comb(k, down) > LIMIT or k - down + 1 > SIDE:
        down -= 1
    return [k - down + 1, down + 1]


def check_input(m, n):
    # LeetCode's constraints (prompt.md): 1 <= m, n <= 100, and the answer is at most 2 * 10^9.
    for name, side in (("m", m), ("n", n)):
        if not 1 <= side <= SIDE:
            return f"{name} is {side:,}; it is from 1 to 100"
    count = paths(m, n)
    if count > LIMIT:
        shown = f"{count:,} routes" if count < 10**12 else f"a {len(str(count))}-digit number of routes"
        return f"m = {m} and n = {n} give {shown}; the inputs are chosen so that the answer is at most 2 * 10^9"
    return None
