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


def check_input(nums, target):
    # LeetCode's constraints (prompt.md): 2 <= nums.length <= 10^4, values and target in [-10^9, 10^9],
    # exactly one valid pair.
    if not 2 <= len(nums) <= 10**4:
        return f"nums has {len(nums):,} number{'' if len(nums) == 1 else 's'}; it takes 2 to 10^4"
    for i, x in enumerate(nums):
        if not -VALUE <= x <= VALUE:
            return f"nums[{i}] is {x:,}; every number is from -10^9 to 10^9"
    if not -VALUE <= target <= VALUE:
        return f"target is {target:,}; it is from -10^9 to 10^9"
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    pairs = 0
    for x, k in counts.items():
        y = target - x
        if y == x:
            pairs += k * (k - 1) // 2
        elif x < y:
            pairs += k * counts.get(y, 0)
    if pairs == 0:
        return f"no two numbers of nums add up to target ({target}); exactly one pair must"
    if pairs > 1:
        return f"{pairs:,} pairs of numbers in nums add up to target ({target}); exactly one must, so the answer is unique"
    return None
