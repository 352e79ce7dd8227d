import random

from hypothesis import strategies as st

MAX_TARGET = 40
MAX_COMBINATIONS = 149  # LeetCode: fewer than 150 combinations


def count(candidates: list, target: int) -> int:
    # Number of combinations (multisets), by the unbounded-knapsack count.
    ways = [1] + [0] * target
    for x in candidates:
        for s in range(x, target + 1):
            ways[s] += ways[s - x]
    return ways[target]


def within_limit(args: tuple) -> list:
    # Drop the smallest candidates (which make the most combinations) until
    # the count is within LeetCode's bound; keep at least one candidate.
    candidates, target = args
    candidates = list(candidates)
    while len(candidates) > 1 and count(candidates, target) > MAX_COMBINATIONS:
        candidates.remove(min(candidates))
    return [candidates, target]


# Few small candidates and small targets often (readable answers that shrink
# well), the full ranges sometimes; unsorted, distinct, as LeetCode gives them.
_small = st.tuples(st.lists(st.integers(2, 9), min_size=1, max_size=4, unique=True), st.integers(1, 16))
_full = st.tuples(st.lists(st.integers(2, 40), min_size=1, max_size=30, unique=True), st.integers(1, MAX_TARGET))


def random_input():
    return (_small | _full).map(within_limit)
