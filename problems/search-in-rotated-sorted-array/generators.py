import random

from hypothesis import strategies as st

from drill import constraints

VALUE = 10**4


@st.composite
def _instance(draw):
    # Small values shrink to readable lists and make near misses likely; the full
    # range covers the extremes.
    values = st.integers(-20, 20) | st.integers(-VALUE, VALUE)
    nums = sorted(draw(st.sets(values, min_size=1, max_size=60)))
    k = draw(st.integers(0, len(nums) - 1))  # pivot; 0 leaves the list sorted
    nums = nums[k:] + nums[:k]
    if draw(st.booleans()):
        target = nums[draw(st.integers(0, len(nums) - 1))]
    else:
        target = draw(values)  # usually absent, sometimes present
    return [nums, target]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n unique values two apart (beyond LeetCode's ±10^4 once n > 10^4; range()
    # keeps n = 10^6 fast), turned at a pivot in the middle half, and a target
    # that falls in a gap between two values: absent, so a scan reads everything,
    # and rotating the list back one step at a time takes ~n/2 steps.
    first = -n + rng.randint(-n, n)
    nums = list(range(first, first + 2 * n, 2))
    k = rng.randint(n // 4, 3 * n // 4)
    target = first + 2 * rng.randrange(max(1, n - 1)) + 1
    return [nums[k:] + nums[:k], target]


def check_input(nums, target):
    # LeetCode's constraints (prompt.md): 1 <= nums.length <= 5000, -10^4 <= nums[i], target <= 10^4,
    # all values different, an increasing list possibly turned at one position (at most one drop,
    # and none across the wrap after it).
    n = len(nums)
    if not 1 <= n <= 5000:
        return f"nums has {n:,} numbers; it takes 1 to 5000"
    for i, x in enumerate(nums):
        if not -VALUE <= x <= VALUE:
            return f"nums[{i}] is {x:,}; every number is from -10^4 to 10^4"
    problem = constraints.distinct("nums", nums) or constraints.rotated_increasing("nums", nums, "an increasing list turned at one position")
    if problem:
        return problem
    if not -VALUE <= target <= VALUE:
        return f"target is {target:,}; it is from -10^4 to 10^4"
    return None
