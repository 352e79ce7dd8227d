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
