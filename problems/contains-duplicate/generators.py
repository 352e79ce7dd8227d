import random

from hypothesis import strategies as st

VALUE = 10**9

# A narrow band makes readable lists and accidental repeats; the full range
# covers the extremes.
_value = st.integers(-20, 20) | st.integers(-VALUE, VALUE)


@st.composite
def _instance(draw):
    # Start from distinct values, then maybe copy one of them to another
    # position, so true and false answers are about equally common.
    nums = draw(st.lists(_value, min_size=1, max_size=60, unique=True))
    if draw(st.booleans()):
        source = draw(st.integers(0, len(nums) - 1))
        where = draw(st.integers(0, len(nums)))
        nums.insert(where, nums[source])
    return [nums]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # n distinct values in random order: no duplicate exists, so a pair scan
    # compares all n(n-1)/2 pairs before it can answer false.
    return [rng.sample(range(-VALUE, VALUE + 1), n)]


def check_input(nums):
    # LeetCode's constraints (prompt.md): 1 <= nums.length <= 10^5, -10^9 <= nums[i] <= 10^9.
    if not 1 <= len(nums) <= 10**5:
        return f"nums has {len(nums):,} numbers; it takes 1 to 10^5"
    for i, x in enumerate(nums):
        if not -VALUE <= x <= VALUE:
            return f"nums[{i}] is {x:,}; every number is from -10^9 to 10^9"
    return None
