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


def check_input(candidates, target):
    # LeetCode's constraints (prompt.md): 1 <= candidates.length <= 30, 2 <= candidates[i] <= 40,
    # distinct candidates, 1 <= target <= 40, fewer than 150 combinations add up to target.
    if not 1 <= len(candidates) <= 30:
        return f"candidates has {len(candidates)} numbers; it takes 1 to 30"
    seen = {}
    for i, x in enumerate(candidates):
        if not 2 <= x <= 40:
            return f"candidates[{i}] is {x:,}; every candidate is from 2 to 40"
        if x in seen:
            return f"candidates[{i}] is {x}, as is candidates[{seen[x]}]; the candidates are distinct"
        seen[x] = i
    if not 1 <= target <= MAX_TARGET:
        return f"target is {target:,}; it is from 1 to 40"
    ways = count(candidates, target)
    if ways > MAX_COMBINATIONS:
        return f"candidates and target make {ways:,} combinations; the input must make fewer than 150"
    return None
