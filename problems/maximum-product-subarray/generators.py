import random

from hypothesis import strategies as st

LIMIT = 2**31 - 1  # every subarray's product must fit in a 32-bit signed integer


def fits(nums: list) -> bool:
    """True when no subarray's product leaves the 32-bit range.

    Every non-zero integer has |x| >= 1, so within a run free of zeros the whole
    run has the largest absolute product; checking each zero-free run suffices.
    """
    product = 1
    for x in nums:
        if x == 0:
            product = 1
            continue
        product *= abs(x)
        if product > LIMIT:
            return False
    return True


def _capped(nums: list) -> list:
    # Replace any element that would push its zero-free run past the limit by a
    # zero, which also starts a new run: zeros are an edge worth having anyway.
    out, product = [], 1
    for x in nums:
        if x != 0 and product * abs(x) > LIMIT:
            x = 0
        product = 1 if x == 0 else product * abs(x)
        out.append(x)
    return out


# Mostly the values that flip signs and grow products slowly; the full range too.
_values = st.sampled_from([0, 1, -1, 2, -2]) | st.integers(-10, 10)


def random_input():
    return st.lists(_values, min_size=1, max_size=60).map(lambda nums: [_capped(nums)])


def scale_input(n: int, rng: random.Random) -> list:
    # No zeros, so no shortcut: one run of n elements, mostly ±1 with 28 scattered
    # ±2 (the whole product stays within 2^28) and about half of them negative,
    # so the best run is decided by signs all along the list.
    nums = [rng.choice((1, -1)) for _ in range(n)]
    for i in rng.sample(range(n), min(28, n)):
        nums[i] = rng.choice((2, -2))
    assert fits(nums)
    return [nums]


def check_input(nums):
    # LeetCode's constraints (prompt.md): 1 <= nums.length <= 2 * 10^4, -10 <= nums[i] <= 10,
    # the product of every subarray fits in a 32-bit signed integer.
    if not 1 <= len(nums) <= 2 * 10**4:
        return f"nums has {len(nums):,} numbers; it takes 1 to 2 * 10^4"
    for i, x in enumerate(nums):
        if not -10 <= x <= 10:
            return f"nums[{i}] is {x:,}; every number is from -10 to 10"
    # The largest and smallest products of a subarray ending at i, with where each starts: every
    # product ending at i lies between them, so they are exact until one leaves the range.
    hi = lo = None
    for i, x in enumerate(nums):
        options = [(x, i)]
        if hi is not None:
            options += [(hi[0] * x, hi[1]), (lo[0] * x, lo[1])]
        hi, lo = max(options), min(options)
        for product, start in (hi, lo):
            if not -(2**31) <= product <= LIMIT:
                return (
                    f"nums[{start}..{i}] multiply to {product:,}; the product of every subarray "
                    "must fit in a 32-bit signed integer (-2^31 to 2^31 - 1)"
                )
    return None
