import random

from hypothesis import strategies as st

from drill import constraints

VALUE = 5000


@st.composite
def _rotated(draw):
    # Small values shrink to readable lists; the full range covers the extremes.
    values = st.integers(-20, 20) | st.integers(-VALUE, VALUE)
    nums = sorted(draw(st.sets(values, min_size=1, max_size=60)))
    # Rotated k times, 1 <= k <= n; k = n gives back the sorted list.
    k = draw(st.integers(1, len(nums)))
    return [nums[-k:] + nums[:-k]]


def random_input():
    return _rotated()


def scale_input(n: int, rng: random.Random) -> list:
    # n unique values, evenly spaced from a random start (beyond LeetCode's ±5000
    # once n > 10^4; building them with range() keeps n = 10^6 fast), rotated so
    # that the minimum sits in the last 1% of the list: a scan for the drop walks
    # almost all of it, and rotating back one step at a time takes ~n steps.
    step = rng.randint(1, 3)
    first = -step * (n // 2) + rng.randint(-n, n)
    nums = list(range(first, first + step * n, step))
    k = n - rng.randint(0, n // 100)  # the minimum lands at index k (k = n: index 0)
    return [nums[-k:] + nums[:-k]] if k < n else [nums]


def check_input(nums):
    # LeetCode's constraints (prompt.md): 1 <= n <= 5000, -5000 <= nums[i] <= 5000, all values different,
    # an increasing list rotated 1 to n times (so at most one drop, and none across the wrap after it).
    n = len(nums)
    if not 1 <= n <= 5000:
        return f"nums has {n:,} numbers; it takes 1 to 5000"
    for i, x in enumerate(nums):
        if not -VALUE <= x <= VALUE:
            return f"nums[{i}] is {x:,}; every number is from -5000 to 5000"
    problem = constraints.distinct("nums", nums) or constraints.rotated_increasing("nums", nums, "an increasing list rotated")
    if problem:
        return problem
    return None
