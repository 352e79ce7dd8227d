import random

from hypothesis import strategies as st

VALUE = 10**9


@st.composite
def _instance(draw):
    # Small values make collisions (and so duplicates) likely; wide ones cover the range.
    values = st.integers(-20, 20) | st.integers(-VALUE // 2, VALUE // 2)
    nums = draw(st.lists(values, min_size=2, max_size=60))
    i = draw(st.integers(0, len(nums) - 1))
    j = draw(st.integers(0, len(nums) - 1).filter(lambda j: j != i))
    target = nums[i] + nums[j]
    # Keep the pair, drop any other element that would complete a second pair.
    kept_values = {}
    for k in (i, j):
        kept_values[nums[k]] = kept_values.get(nums[k], 0) + 1
    out = []
    for k, v in enumerate(nums):
        if k in (i, j):
            out.append(v)
        elif kept_values.get(target - v, 0) == 0:
            kept_values[v] = kept_values.get(v, 0) + 1
            out.append(v)
    return [out, target]


def random_input():
    return _instance()


def scale_input(n: int, rng: random.Random) -> list:
    # The only pair is the last two elements: a nested scan does all its work.
    head = rng.sample(range(-VALUE, -2 * 10**8), n - 2)
    return [head + [4 * 10**8, 5 * 10**8], 9 * 10**8]
