import random

from hypothesis import strategies as st

VALUE = 10**4

# A narrow band shrinks to readable lists and makes zeros and ties common; the
# full range covers the extremes; an all-negative branch keeps that shape
# (the usual trap) frequent instead of rare.
_value = st.integers(-20, 20) | st.integers(-VALUE, VALUE)
_negative = st.integers(-20, -1) | st.integers(-VALUE, -1)

_mixed = st.lists(_value, min_size=1, max_size=60)
_all_negative = st.lists(_negative, min_size=1, max_size=30)


def random_input():
    return (_mixed | _all_negative).map(lambda nums: [nums])


def scale_input(n: int, rng: random.Random) -> list:
    # n values over the whole range, slightly more negative than positive so
    # the running sum restarts often: a scan of every start and end position
    # does all n(n+1)/2 steps whatever the values.
    return [[rng.randint(-VALUE, VALUE - 500) for _ in range(n)]]


def check_input(nums):
    # LeetCode's constraints (prompt.md): 1 <= nums.length <= 10^5, -10^4 <= nums[i] <= 10^4.
    if not 1 <= len(nums) <= 10**5:
        return f"nums has {len(nums):,} numbers; it takes 1 to 10^5"
    for i, x in enumerate(nums):
        if not -VALUE <= x <= VALUE:
            return f"nums[{i}] is {x:,}; every number is from -10^4 to 10^4"
    return None
